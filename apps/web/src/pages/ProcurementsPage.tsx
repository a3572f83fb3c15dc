import { NeedForm } from './procurement/NeedForm';
import { ProcurementBoard } from './procurement/ProcurementBoard';
import { ProcurementDetail } from './procurement/ProcurementDetail';

/** `#/c/<cluster>/procurements` is the board, `/new` the need form (its own screen on a phone), `/<id>` one procurement. */
export function ProcurementsPage({ procurementId }: { procurementId?: string }) {
  if (procurementId === 'new') return <NeedForm />;
  return procurementId ? <ProcurementDetail id={procurementId} /> : <ProcurementBoard />;
}
