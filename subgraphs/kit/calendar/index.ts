export * from './deadline';
export * from './timeLimits';
export * from './timeZone';
export * from './workingDayCalendar';
export * from './shanghaiDate';
export * from './calendarHorizon';
