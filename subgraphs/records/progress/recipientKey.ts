/** A risk warning's recipient as compared: its region and its name without spaces. */
export const recipientKeyOf = (region: string, recipient: string) => `${region}:${recipient.replace(/\s+/g, '')}`;
