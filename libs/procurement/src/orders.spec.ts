import { deliveryRecord } from './order-view';
import { nextOrderStatus } from './order-state';

describe('an order', () => {
  const order = { quantity: '400', dueAt: new Date('2027-03-20T00:00:00Z') };
  const on = (iso: string, quantity: string, qualityIssue: string | null = null) => ({
    quantity,
    deliveredOn: new Date(iso),
    qualityIssue,
  });

  it('counts on time only when every delivery came by the due date, in full when all of it came, without issue when none was reported', () => {
    expect(deliveryRecord(order, [on('2027-03-10T00:00:00Z', '150'), on('2027-03-20T00:00:00Z', '250')])).toEqual({
      onTime: true,
      inFull: true,
      withoutIssue: true,
    });
    expect(deliveryRecord(order, [on('2027-03-10T00:00:00Z', '150'), on('2027-03-21T00:00:00Z', '250')])).toEqual({
      onTime: false,
      inFull: true,
      withoutIssue: true,
    });
    expect(deliveryRecord(order, [on('2027-03-10T00:00:00Z', '399.999', 'damp')])).toEqual({
      onTime: true,
      inFull: false,
      withoutIssue: false,
    });
  });

  it('moves only along its table: accepted before deliveries, received after them, paid at any time after acceptance', () => {
    expect(nextOrderStatus('placed', 'accept')).toBe('accepted');
    expect(nextOrderStatus('accepted', 'confirm-receipt')).toBe('received');
    expect(nextOrderStatus('received', 'pay')).toBe('received');
    expect(() => nextOrderStatus('placed', 'deliver')).toThrow(expect.objectContaining({ code: 'order.wrong-state' }));
    expect(() => nextOrderStatus('received', 'deliver')).toThrow(expect.objectContaining({ code: 'order.wrong-state' }));
  });
});
