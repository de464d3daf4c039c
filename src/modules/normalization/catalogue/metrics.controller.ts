import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/auth/auth.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { MetricsCatalogueDto } from './dto/metrics-catalogue.dto.js';
import { METRICS_CATALOGUE } from './metrics-catalogue.js';

@ApiTags('meta')
@Controller(`${API_V1}/meta`)
export class MetricsController {
  @Get('metrics')
  @Public()
  // The catalogue only changes with a deploy.
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({
    summary:
      'The catalogue: metric codes with canonical units, workout statistics, activity types, sleep stages',
  })
  @ApiOkResponse({ type: MetricsCatalogueDto })
  metrics(): MetricsCatalogueDto {
    return METRICS_CATALOGUE;
  }
}
