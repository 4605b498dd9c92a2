// Decimal amounts travel as strings ("1250.00"). Comparisons scale them to integers (BigInt) so no
// binary floating point is ever involved.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const SCALE = 6;

export function toScaledInteger(amount: string): bigint {
  const match = DECIMAL.exec(amount);
  if (!match) throw new RangeError(`not a decimal string: ${JSON.stringify(amount)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > SCALE) throw new RangeError(`more than ${SCALE} decimal places: ${amount}`);
  const scaled = BigInt(whole + fraction.padEnd(SCALE, '0'));
  return sign === '-' ? -scaled : scaled;
}

/** -1 when a < b, 0 when equal, 1 when a > b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
