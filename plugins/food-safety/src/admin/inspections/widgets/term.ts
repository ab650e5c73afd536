/**
 * The school term a day falls in, as the dashboard counts "this term": the spring term runs from
 * 1 February to 31 July, the autumn term from 1 August to 31 January of the next year.
 */
export interface Term {
  year: number;
  term: 'spring' | 'autumn';
  from: string;
  to: string;
}

export function termOf(today: string): Term {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month === 1) return { year: year - 1, term: 'autumn', from: `${year - 1}-08-01`, to: `${year}-01-31` };
  if (month <= 7) return { year, term: 'spring', from: `${year}-02-01`, to: `${year}-07-31` };
  return { year, term: 'autumn', from: `${year}-08-01`, to: `${year + 1}-01-31` };
}
