import type { RecordsContext } from '../context';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';

/** The request's current day (Asia/Shanghai) by its clock: what a record's status is read as of. */
export const todayOf = ({ now }: RecordsContext): string => shanghaiDate(now());
