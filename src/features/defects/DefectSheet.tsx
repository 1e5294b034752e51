import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';
import { useBilingual, useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { DefectGoneError, replaceDefect } from '../../db/repositories/defects';
import { InspectionLockedError } from '../../db/repositories/inspections';
import type { Defect, DefectLibrary, Inspection } from '../../shared/schema';
import { PhotoAttach } from '../photos/PhotoAttach';
import { formValuesOf, readDefectForm, type DefectFormValues } from './defect-form';
import { DefectSheetFields } from './DefectSheetFields';

interface Props {
  defect: Defect;
  inspection: Inspection;
  library: DefectLibrary | null;
  locked: boolean;
  onClose: () => void;
}

const failureKey = (error: unknown): MessageKey =>
  error instanceof InspectionLockedError
    ? 'defects.error.locked'
    : error instanceof DefectGoneError
      ? 'defects.error.gone'
      : 'defects.error.saveFailed';

/**
 * A recorded defect's details as a bottom sheet. Saving replaces the record (tombstone + new
 * record, see replaceDefect), so the sheet closes after a save: the old id is history.
 * Rendered in a portal so the panel's locked fieldset cannot disable its close button.
 */
export const DefectSheet = ({ defect, inspection, library, locked, onClose }: Props) => {
  const t = useT();
  const text = useBilingual();
  const db = useDb();
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const form = useForm<DefectFormValues>({ defaultValues: formValuesOf(defect) });
  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const save = async (values: DefectFormValues) => {
    const read = readDefectForm(values);
    if (!read.ok) return setError(read.error);
    setError(null);
    try {
      await replaceDefect(db, defect.id, read.changes);
      onClose();
    } catch (failure) {
      setError(failureKey(failure));
    }
  };

  const type = library?.defects.find((d) => d.code === defect.code);
  return createPortal(
    <dialog ref={ref} className="dialog sheet" onCancel={onClose} data-testid="defect-sheet">
      <form className="form" onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate>
        <div className="sheet-head">
          <h2>
            {type ? text(type.name) : defect.code} <span className="defect-code">{defect.code}</span>
          </h2>
          <button type="button" className="btn btn-small" onClick={onClose} data-testid="defect-sheet-close">
            {t('defects.close')}
          </button>
        </div>
        <fieldset className="panel-fieldset sheet-fields" disabled={locked}>
          <DefectSheetFields form={form} inspection={inspection} />
          <div className="field">
            <span>{t('defects.photos')}</span>
            <PhotoAttach
              inspectionId={inspection.id}
              target={{ kind: 'defect', id: defect.id }}
              locked={locked}
            />
          </div>
        </fieldset>
        {error && (
          <p className="field-error" role="alert" data-testid="defect-error">
            {t(error)}
          </p>
        )}
        {!locked && (
          <button
            type="submit"
            className="btn btn-primary btn-block sheet-save"
            data-testid="defect-save"
            disabled={form.formState.isSubmitting}
          >
            {t('defects.save')}
          </button>
        )}
      </form>
    </dialog>,
    document.body,
  );
};
