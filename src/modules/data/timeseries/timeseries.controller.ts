import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { uuidPipe } from '../../../common/http/uuid.js';
import { TimeseriesPageDto, TimeseriesQueryDto } from './timeseries.dto.js';
import { JsonBody, JsonBodyInterceptor } from '../json-body.js';
import { TimeseriesService } from './timeseries.service.js';

@ApiTags('data')
@Auth('operator', 'app')
@Controller(`${API_V1}/users/:user_id/timeseries`)
@UseInterceptors(JsonBodyInterceptor)
export class TimeseriesController {
  constructor(private readonly timeseries: TimeseriesService) {}

  @Get()
  @ApiOperation({
    summary: 'Samples, or buckets of them, of one user',
    description:
      'raw: every sample of every source in (timestamp, type, source) order. Buckets: one item per bucket, metric ' +
      'and source; interval quantities are summed (pro-rated across bucket edges), samples averaged with min/max, ' +
      'categories counted. tz=local aligns buckets on each sample’s local time.',
  })
  @ApiOkResponse({ type: TimeseriesPageDto })
  @ApiProblems(400, 404)
  read(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: TimeseriesQueryDto,
  ): Promise<TimeseriesPageDto | JsonBody<TimeseriesPageDto>> {
    return this.timeseries.read(principal, userId, query);
  }
}
