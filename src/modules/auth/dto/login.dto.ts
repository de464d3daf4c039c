import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/**
 * JSON `{email, password}` or the OAuth2 password form (`username`, `password`, form-encoded) the peer's dashboard
 * sends; the form's other standard fields are accepted and ignored.
 */
export class LoginDto {
  @ValidateIf((dto: LoginDto) => dto.username === undefined)
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ description: 'The email, as the OAuth2 password form names it.' })
  @ValidateIf((dto: LoginDto) => dto.email === undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  username?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;

  @IsOptional() @IsString() grant_type?: string;
  @IsOptional() @IsString() scope?: string;
  @IsOptional() @IsString() client_id?: string;
  @IsOptional() @IsString() client_secret?: string;
}

export class OperatorResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  email: string;
  created_at: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) last_login_at: Date | null;
}

/** A browser session: the tokens are in httpOnly cookies; only the CSRF token is given to the page. */
export class SessionResponseDto {
  @ApiProperty({ example: 'cookie' })
  token_type: 'cookie';

  @ApiProperty({
    description:
      'Send it in X-CSRF-Token on every request that is not GET, HEAD or OPTIONS (it is also in the __Host-wb_csrf cookie).',
  })
  csrf_token: string;

  @ApiProperty({ example: 3600, description: 'Seconds until the access cookie expires; refresh before.' })
  expires_in: number;
}
