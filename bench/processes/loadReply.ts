import type { LoadReply } from './loadPlan';

/** The load process's answer, recognized among IPC messages (it sends nothing else). */
export function loadReply(message: unknown): LoadReply | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  if (message.type === 'failed' && 'message' in message && typeof message.message === 'string') return { type: 'failed', message: message.message };
  if (message.type === 'result' && isLoadReply(message)) return message;
  return undefined;
}

function isLoadReply(message: object): message is LoadReply {
  return 'result' in message && typeof message.result === 'object' && message.result !== null && 'requestsPerSecond' in message.result;
}
