import { useState } from 'react';
import { errorKey, useT, type MessageKey } from '../../app/i18n';
import { CreateAssignmentRequest } from '../../shared/office-api';
import { Stage, type Order } from '../../shared/schema';
import { AssignmentCreated } from './office-api';
import { useInspectors } from './use-inspectors';
import { officePost } from './use-office-query';

const today = () => new Date().toISOString().slice(0, 10);

/** Plans an inspection of this order for one inspector; it reaches their phone on the next sync. */
export const AssignForm = ({ order, onCreated }: { order: Order; onCreated: () => void }) => {
  const t = useT();
  const inspectors = useInspectors();
  const [inspectorId, setInspectorId] = useState('');
  const [stage, setStage] = useState<Stage>(order.currentStage);
  const [plannedDate, setPlannedDate] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    const request = CreateAssignmentRequest.safeParse({
      orderId: order.id,
      inspectorId,
      stage,
      plannedDate,
      note: note.trim() || null,
    });
    // The only fields a person can get wrong here are the inspector and the date.
    if (!request.success)
      return setError(inspectorId ? 'office.assign.invalidDate' : 'office.assign.pickInspector');
    setError(null);
    const result = await officePost('/api/office/assignments', request.data, AssignmentCreated);
    if (!result.ok) return setError(errorKey(result.code));
    setNote('');
    setDone(true);
    onCreated();
  };

  return (
    <form
      className="card form"
      data-testid="assign-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('office.assign.title')}</h2>
      <label className="field">
        <span>{t('office.inspector')}</span>
        <select
          data-testid="assign-inspector"
          value={inspectorId}
          onChange={(e) => setInspectorId(e.target.value)}
        >
          <option value="">{t('office.assign.choose')}</option>
          {inspectors.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('office.stage')}</span>
        <select
          data-testid="assign-stage"
          value={stage}
          onChange={(e) => setStage(Stage.parse(e.target.value))}
        >
          {Stage.options.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('office.assign.date')}</span>
        <input
          type="date"
          data-testid="assign-date"
          value={plannedDate}
          onChange={(e) => setPlannedDate(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('office.assign.note')}</span>
        <textarea data-testid="assign-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert" data-testid="assign-error">
          {t(error)}
        </p>
      )}
      {done && (
        <p className="muted" role="status" data-testid="assign-done">
          {t('office.assign.done')}
        </p>
      )}
      <button type="submit" className="btn btn-primary" data-testid="assign-submit">
        {t('office.assign.submit')}
      </button>
    </form>
  );
};
