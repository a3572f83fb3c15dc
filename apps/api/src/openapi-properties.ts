/** The property descriptions every route's view classes share (`@ApiProperty(uuid)`), so a kind of field reads the same in every context. */

export const uuid = { format: 'uuid' } as const;
export const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;
export const time = { type: String, format: 'date-time' } as const;
export const nullableTime = { ...time, nullable: true } as const;
export const day = { type: String, format: 'date', example: '2027-06-30' } as const;
export const whole = { type: 'integer' } as const;
/** The next page's cursor, null on the last page. */
export const cursor = { type: String, nullable: true } as const;
