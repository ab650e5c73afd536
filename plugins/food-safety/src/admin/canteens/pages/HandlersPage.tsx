/** 从业人员: food handlers of every canteen in scope, with the duty switch. */
import { HandlersTable } from '../components/HandlersTable';

export default function HandlersPage() {
  return <HandlersTable />;
}
