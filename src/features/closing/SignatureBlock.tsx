import { useState } from 'react';
import { useFormatDateTime, useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { addSignature } from '../../db/repositories/closing';
import type { Signature, SignerRole } from '../../shared/schema';
import { PAD_HEIGHT, PAD_WIDTH } from './pad-path';
import { SignaturePad } from './SignaturePad';

/** One signer: the saved signature if any, and (until submitted) a pad to sign or sign again. */
export const SignatureBlock = ({
  inspectionId,
  role,
  signature,
  locked,
}: {
  inspectionId: string;
  role: SignerRole;
  signature: Signature | null;
  locked: boolean;
}) => {
  const t = useT();
  const db = useDb();
  const formatDateTime = useFormatDateTime();
  const [name, setName] = useState(signature?.name ?? '');
  const [path, setPath] = useState('');
  const [padKey, setPadKey] = useState(0);
  const [error, setError] = useState<
    'closing.sign.error.name' | 'closing.sign.error.path' | 'closing.sign.error.save' | null
  >(null);

  const save = async () => {
    if (!name.trim()) return setError('closing.sign.error.name');
    if (!path) return setError('closing.sign.error.path');
    setError(null);
    try {
      await addSignature(db, { inspectionId, role, name, path, width: PAD_WIDTH, height: PAD_HEIGHT });
      setPath('');
      setPadKey((k) => k + 1); // a fresh, empty pad for a possible re-sign
    } catch {
      setError('closing.sign.error.save');
    }
  };

  return (
    <div className="signature-block" data-role={role}>
      <h3>{t(`closing.sign.${role}`)}</h3>
      {signature && (
        <figure className="signature-saved" data-testid={`signature-saved-${role}`}>
          <svg viewBox={`0 0 ${signature.width} ${signature.height}`} role="img" aria-label={signature.name}>
            <path d={signature.path} fill="none" stroke="#111" strokeWidth={3} strokeLinecap="round" />
          </svg>
          <figcaption>
            {signature.name} · {formatDateTime(signature.signedAt)}
          </figcaption>
        </figure>
      )}
      {!locked && (
        <>
          <SignaturePad
            key={padKey}
            testId={`signature-pad-${role}`}
            label={t(`closing.sign.${role}`)}
            onChange={setPath}
          />
          <label className="field">
            <span>{t('closing.sign.name')}</span>
            <input
              type="text"
              data-testid={`signature-name-${role}`}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          {error && (
            <p className="field-error" role="alert">
              {t(error)}
            </p>
          )}
          <button
            type="button"
            className="btn btn-block"
            data-testid={`signature-save-${role}`}
            onClick={() => void save()}
          >
            {signature ? t('closing.sign.again') : t('closing.sign.save')}
          </button>
        </>
      )}
    </div>
  );
};
