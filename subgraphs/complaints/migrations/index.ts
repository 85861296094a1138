import { CreateComplaints1764400000000 } from './CreateComplaints1764400000000';

/** In the order they run. */
export const complaintsMigrations = [CreateComplaints1764400000000];
