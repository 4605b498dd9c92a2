// The clock use cases read the time from.

export interface Clock {
  now(): Date;
}
