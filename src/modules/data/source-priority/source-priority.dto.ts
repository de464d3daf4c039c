import { ArrayUnique, IsArray, IsIn } from 'class-validator';
import { DEFAULT_DEVICE_TYPE_ORDER, DEFAULT_PROVIDER_ORDER } from './priority.js';

export class PutSourcePriorityDto {
  /** Device types, best first (watch, fitness_band, ring, chest_strap, phone, scale, head_mounted, smart_display, unknown); unlisted ones follow in default order. */
  @IsArray()
  @ArrayUnique()
  @IsIn(DEFAULT_DEVICE_TYPE_ORDER, { each: true })
  device_types: string[];

  /** Providers, best first (apple, samsung, google); unlisted ones follow in default order. */
  @IsArray()
  @ArrayUnique()
  @IsIn(DEFAULT_PROVIDER_ORDER, { each: true })
  providers: string[];
}

export class SourcePriorityDto {
  app_id: string;
  /** As set by the application (empty when it never set one). */
  device_types: string[];
  providers: string[];
  /** The complete order summaries apply: the override, then the defaults it did not list. */
  effective_device_types: string[];
  effective_providers: string[];
  /** Device type decides first, then provider, then the older data source. */
  rule: string;
  updated_at: string | null;
}
