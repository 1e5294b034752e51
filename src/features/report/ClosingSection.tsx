import type { Signature, SignerRole } from '../../shared/schema';
import type { ReportModel } from './report-model';
import { Bi, Section, stamp } from './Bi';

const SignatureFigure = ({ role, signature }: { role: SignerRole; signature: Signature | null }) => (
  <figure
    className="report-signature"
    data-testid="report-signature"
    data-role={role}
    data-signed={!!signature}
  >
    {signature ? (
      // The stored path is drawn as is, in the box it was signed in: it prints as sharply as vector text.
      <svg viewBox={`0 0 ${signature.width} ${signature.height}`} role="img" aria-label={signature.name}>
        <path d={signature.path} fill="none" stroke="#000" strokeWidth={3} strokeLinecap="round" />
      </svg>
    ) : (
      <div className="report-signature-empty">
        <Bi k="report.notSigned" />
      </div>
    )}
    <figcaption>
      <Bi k={`report.signer.${role}`} />:{' '}
      {signature ? `${signature.name} · ${stamp(signature.signedAt)}` : '—'}
    </figcaption>
  </figure>
);

/** The rectification list the factory signs, and both signatures. */
export const ClosingSection = ({ model }: { model: ReportModel }) => (
  <>
    <Section title="report.rectifications" testId="report-rectifications">
      {model.rectifications.length === 0 ? (
        <p>
          <Bi k="report.none" />
        </p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>#</th>
              <th>
                <Bi k="report.item" />
              </th>
              <th>
                <Bi k="report.owner" />
              </th>
              <th>
                <Bi k="report.dueDate" />
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rectifications.map((r, i) => (
              <tr key={r.id} data-testid="report-rectification-row">
                <td className="num">{i + 1}</td>
                <td>{r.text}</td>
                <td>{r.owner}</td>
                <td>{r.dueDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
    <Section title="report.signatures" testId="report-signatures">
      <div className="report-signatures">
        <SignatureFigure role="inspector" signature={model.signatures.inspector} />
        <SignatureFigure role="factory" signature={model.signatures.factory} />
      </div>
    </Section>
  </>
);
