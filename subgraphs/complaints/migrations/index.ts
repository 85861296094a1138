import { CreateAuditLog1764500000000 } from '../../kit/audit/CreateAuditLog1764500000000';
import { CreateComplaints1764400000000 } from './CreateComplaints1764400000000';
import { EncryptComplaintsPersonalData1764600000000 } from './EncryptComplaintsPersonalData1764600000000';
import { AddComplaintHandling1764800000000 } from './AddComplaintHandling1764800000000';
import { AddRecordsOutbox1765100000000 } from './AddRecordsOutbox1765100000000';
import { EncryptComplaintText1765200000000 } from './EncryptComplaintText1765200000000';

/** In the order they run. */
export const complaintsMigrations = [CreateComplaints1764400000000, CreateAuditLog1764500000000, EncryptComplaintsPersonalData1764600000000, AddComplaintHandling1764800000000, AddRecordsOutbox1765100000000, EncryptComplaintText1765200000000];
