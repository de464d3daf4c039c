import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class SsoAuthorizationDto {
  @ApiProperty({ description: "The identity provider's authorization URL to send the browser to." })
  authorization_url: string;
}

export class SsoLoginQueryDto {
  @ApiPropertyOptional({
    enum: ['cookie', 'token'],
    default: 'cookie',
    description: '`cookie` ends in a browser session; `token` makes the callback answer with a token pair.',
  })
  @IsOptional()
  @IsIn(['cookie', 'token'], { message: 'mode must be cookie or token' })
  mode?: 'cookie' | 'token';
}
