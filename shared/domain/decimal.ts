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

const ONE = 10n ** BigInt(SCALE);

/** -a, exactly, keeping the digits as written ("-12.50" → "12.50"). */
export function negateDecimal(a: string): string {
  toScaledInteger(a); // throws for anything but a decimal string
  return a.startsWith('-') ? a.slice(1) : `-${a}`;
}

/**
 * Whether `part` is at least `percent` per cent of `whole`, exactly: part × 100 ≥ whole × percent, all
 * three scaled to integers, so 80 % of 1000.00 is 800.00 and not 799.9999….
 */
export const isAtLeastPercent = (part: string, whole: string, percent: string): boolean =>
  toScaledInteger(part) * 100n * ONE >= toScaledInteger(whole) * toScaledInteger(percent);
