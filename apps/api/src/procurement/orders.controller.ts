import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { OrdersService } from '@hamkar/procurement';
import { UserId } from '../identity/current-user.decorator';
import { DeliveryDto, PaymentDto } from './dto';
import { OrderList, OrderView } from './order-views';

@ApiTags('procurement')
@ApiBearerAuth()
@Controller()
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get('procurements/:id/orders')
  @ApiOperation({
    summary: "The award's orders, one per participating firm: a firm sees its own, the supplier its orders, the organiser all",
  })
  @ApiOkResponse({ type: OrderList })
  list(@UserId() userId: string, @UuidParam('id') id: string): Promise<OrderList> {
    return this.orders.list(userId, id);
  }

  @Get('orders/:id')
  @ApiOperation({ summary: 'An order with its deliveries, payments, amount due and payment status' })
  @ApiOkResponse({ type: OrderView })
  get(@UserId() userId: string, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.get(userId, id);
  }

  @Post('orders/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'The supplier accepts the order' })
  @ApiOkResponse({ type: OrderView })
  accept(@UserId() userId: string, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.accept(userId, id);
  }

  @Post('orders/:id/deliveries')
  @ApiOperation({ summary: 'The buying firm records what arrived, partial or whole, with any quality issue' })
  @ApiCreatedResponse({ type: OrderView })
  deliver(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: DeliveryDto): Promise<OrderView> {
    return this.orders.recordDelivery(userId, id, dto);
  }

  @Post('orders/:id/confirm-receipt')
  @HttpCode(200)
  @ApiOperation({ summary: "The buying firm confirms receipt; the supplier's record counts the order (on time, in full, without issue)" })
  @ApiOkResponse({ type: OrderView })
  confirmReceipt(@UserId() userId: string, @UuidParam('id') id: string): Promise<OrderView> {
    return this.orders.confirmReceipt(userId, id);
  }

  @Post('orders/:id/payments')
  @ApiOperation({ summary: 'The buying firm records a payment, at most the amount due' })
  @ApiCreatedResponse({ type: OrderView })
  pay(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: PaymentDto): Promise<OrderView> {
    return this.orders.pay(userId, id, dto.amount);
  }
}
