import { ApiProperty } from '@nestjs/swagger';

export class SsoAuthorizationDto {
  @ApiProperty({ description: "The identity provider's authorization URL to send the browser to." })
  authorization_url: string;
}
