import { Controller, Delete, Get, HttpCode, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { uuidPipe } from '../../../common/http/uuid.js';
import {
  SleepPageDto,
  SleepQueryDto,
  SleepSessionDto,
  WorkoutDetailDto,
  WorkoutPageDto,
  WorkoutsQueryDto,
} from './events.dto.js';
import { EventsService } from './events.service.js';
import { JsonBody, JsonBodyInterceptor } from '../json-body.js';

@ApiTags('data')
@Auth('operator', 'app')
@Controller(`${API_V1}/users/:user_id/events`)
@UseInterceptors(JsonBodyInterceptor)
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get('workouts')
  @ApiOperation({ summary: 'Workouts starting in a time range, newest first' })
  @ApiProblems(400, 404)
  workouts(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: WorkoutsQueryDto,
  ): Promise<WorkoutPageDto> {
    return this.events.workouts(principal, userId, query);
  }

  @Get('workouts/:workout_id')
  @ApiOperation({ summary: 'One workout with all statistics, route, laps, segments and samples' })
  @ApiProblems(400, 404)
  workout(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('workout_id', uuidPipe) workoutId: string,
  ): Promise<WorkoutDetailDto> {
    return this.events.workout(principal, userId, workoutId);
  }

  @Delete('workouts/:workout_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one workout (tombstone; summaries reflect it at once)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  deleteWorkout(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('workout_id', uuidPipe) workoutId: string,
  ): Promise<void> {
    return this.events.deleteWorkout(principal, userId, workoutId);
  }

  @Get('sleep')
  @ApiOperation({
    summary: 'Sleep sessions starting in a time range, newest first, with their stage intervals',
  })
  @ApiOkResponse({ type: SleepPageDto })
  @ApiProblems(400, 404)
  sleep(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: SleepQueryDto,
  ): Promise<JsonBody<SleepPageDto>> {
    return this.events.sleep(principal, userId, query);
  }

  @Get('sleep/:sleep_id')
  @ApiOperation({ summary: 'One sleep session with its stage intervals' })
  @ApiOkResponse({ type: SleepSessionDto })
  @ApiProblems(400, 404)
  sleepSession(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('sleep_id', uuidPipe) sleepId: string,
  ): Promise<JsonBody<SleepSessionDto>> {
    return this.events.sleepSession(principal, userId, sleepId);
  }

  @Delete('sleep/:sleep_id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete one sleep session',
    description:
      'Tombstones its stage intervals and rebuilds the sessions around it; summaries reflect it at once.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  deleteSleep(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('sleep_id', uuidPipe) sleepId: string,
  ): Promise<void> {
    return this.events.deleteSleep(principal, userId, sleepId);
  }
}
