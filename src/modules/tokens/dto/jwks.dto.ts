import { ApiProperty } from '@nestjs/swagger';

export class JwkDto {
  @ApiProperty({ example: 'OKP' }) kty: string;
  @ApiProperty({ example: 'a3f0c2e4-…' }) kid: string;
  @ApiProperty({ example: 'ES256' }) alg: string;
  @ApiProperty({ example: 'sig' }) use: string;
  @ApiProperty({ required: false, example: 'Ed25519' }) crv?: string;
  @ApiProperty({ required: false }) x?: string;
  @ApiProperty({ required: false }) y?: string;
}

export class JwksDto {
  @ApiProperty({ type: [JwkDto] }) keys: JwkDto[];
}
