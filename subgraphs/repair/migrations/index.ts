import { CreateAuditLog1764500000000 } from '../../kit/audit/CreateAuditLog1764500000000';
import { AddRepairWorkflow1764700000000 } from './AddRepairWorkflow1764700000000';
import { CreateRepair1764400000000 } from './CreateRepair1764400000000';

/** In the order they run. */
export const repairMigrations = [CreateRepair1764400000000, CreateAuditLog1764500000000, AddRepairWorkflow1764700000000];
