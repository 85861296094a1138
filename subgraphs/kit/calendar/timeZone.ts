/** Every deadline of the campaign is counted in China Standard Time. */
export const SHANGHAI = 'Asia/Shanghai';
