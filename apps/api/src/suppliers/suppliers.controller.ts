import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { UsersService } from '@hamkar/identity';
import { ProcurementMatching } from '@hamkar/procurement';
import { CategoriesService, renderReasons, SupplierDirectory, SupplierProfilesService } from '@hamkar/suppliers';
import { UserId } from '../identity/current-user.decorator';
import { CategoryQuery, DirectoryQuery, SupplierProfileDto } from './dto';
import { CategoryPage, SupplierMatchPage, SupplierPage, SupplierProfileView } from './views';

const LIMIT = { name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' } as const;

@ApiTags('suppliers')
@ApiBearerAuth()
@Controller()
export class SuppliersController {
  constructor(
    private readonly categories: CategoriesService,
    private readonly profiles: SupplierProfilesService,
    private readonly directory: SupplierDirectory,
    private readonly matching: ProcurementMatching,
    private readonly users: UsersService,
  ) {}

  /** HS 2022 categories with names in the caller's language (English where ours is missing). */
  @Get('categories')
  @ApiOkResponse({ type: CategoryPage })
  // PageQuery lives in libs/common, which stays free of swagger (see notifications.controller.ts).
  @ApiQuery(LIMIT)
  async listCategories(@UserId() userId: string, @Query() q: CategoryQuery): Promise<CategoryPage> {
    const { locale } = await this.users.get(userId);
    return this.categories.search(locale, { q: q.q, parentCode: q.parentCode, limit: q.limit ?? 50 });
  }

  @Put('organizations/:id/supplier-profile')
  @ApiOkResponse({ type: SupplierProfileView })
  putProfile(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: SupplierProfileDto): Promise<SupplierProfileView> {
    return this.profiles.put(userId, id, dto);
  }

  @Get('organizations/:id/supplier-profile')
  @ApiOkResponse({ type: SupplierProfileView })
  getProfile(@UserId() userId: string, @UuidParam('id') id: string): Promise<SupplierProfileView> {
    return this.profiles.get(userId, id);
  }

  @Get('clusters/:clusterId/suppliers')
  @ApiOkResponse({ type: SupplierPage })
  @ApiQuery(LIMIT)
  suppliers(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: DirectoryQuery): Promise<SupplierPage> {
    return this.directory.list(userId, clusterId, { ...q, limit: q.limit ?? 50 });
  }

  /** Each matched supplier's score and reasons, best first, in the caller's language. */
  @Get('procurements/:id/matches')
  @ApiOkResponse({ type: SupplierMatchPage })
  async matches(@UserId() userId: string, @UuidParam('id') id: string): Promise<SupplierMatchPage> {
    const [{ locale }, stored] = await Promise.all([this.users.get(userId), this.matching.list(userId, id)]);
    return {
      items: stored.map((m) => ({
        supplierOrganizationId: m.supplierOrganizationId,
        score: m.score,
        reasons: renderReasons(m.reasons, locale),
      })),
      nextCursor: null,
    };
  }
}
