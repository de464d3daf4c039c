import 'reflect-metadata';
import { Body, Controller, Get, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsInt, IsString, Max, Min } from 'class-validator';

class ReadingDto {
  @IsString() type: string;
  @IsInt() @Min(0) @Max(1000) value: number;
  @IsString() startDate: string;
}

/** The same two routes on either HTTP adapter: framework overhead only, no database. */
@Controller()
class ProbeController {
  @Get('ping')
  ping() {
    return { status: 'ok' };
  }

  @Post('echo')
  echo(@Body() body: ReadingDto) {
    return { received: body.type, value: body.value };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

async function main() {
  const [adapterName, port] = process.argv.slice(2);
  const adapter = adapterName === 'fastify' ? new FastifyAdapter() : new ExpressAdapter();
  const app = await NestFactory.create(ProbeModule, adapter, { logger: false });
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true }));
  await app.listen(Number(port), '127.0.0.1');
  process.send?.('ready');
}

void main();
