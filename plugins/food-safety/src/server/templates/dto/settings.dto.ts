import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min } from 'class-validator';
import { GRADES, YEARLY_GRADES, type Grade, type YearlyGrade } from '../../../shared/rules/index.js';

/** Grade cut-offs in hundredths of a point (9000 = 90.00), checked by the rules' validateGradingSettings. */
export class GradingSettingsDto {
  @ApiProperty({ example: 9000, description: 'Lowest score graded 优秀, in hundredths' }) excellentMin!: number;
  @ApiProperty({ example: 7500, description: 'Lowest score graded 良好' }) goodMin!: number;
  @ApiProperty({ example: 6000, description: 'Lowest score graded 一般; below it is 不合格' }) fairMin!: number;
  @ApiProperty({ enum: GRADES, description: 'The best grade with a failed critical item' }) criticalCap!: Grade;
  @ApiProperty({ example: 9000, description: 'Lowest mean score of the year graded A' }) yearlyAMin!: number;
  @ApiProperty({ example: 7500, description: 'Lowest mean score of the year graded B; below it is C' }) yearlyBMin!: number;
  @ApiProperty({ enum: YEARLY_GRADES, description: 'The best yearly grade with a failed critical item in the year' }) yearlyCriticalCap!: YearlyGrade;
}

const days = (max: number) => [Type(() => Number), IsInt(), Min(1), Max(max)];
function Days(max: number): PropertyDecorator {
  return (target, key) => days(max).forEach((d) => d(target, key));
}

/** The plugin's settings as the settings page edits them. */
export class FoodSafetySettingsValuesDto {
  @ApiProperty({ type: GradingSettingsDto }) @IsObject() grading!: GradingSettingsDto;
  @ApiProperty({ example: 365, description: 'A food handler’s food-safety training counts for this many days' }) @Days(3650) trainingValidityDays!: number;
  @ApiProperty({ example: 125, description: 'Each retained sample weighs at least this many grams' }) @Days(10000) sampleMinGrams!: number;
  @ApiProperty({ example: 48, description: 'Samples are kept at least this many hours' }) @Days(720) sampleMinHours!: number;
  @ApiProperty({ example: 30, description: 'Licences and health certificates expiring within this many days are 即将到期' }) @Days(365) dueSoonDays!: number;
  @ApiProperty({ example: 3, description: 'Rectification notices due within this many days are 即将到期' }) @Days(365) noticeDueSoonDays!: number;
}

export class UpdateFoodSafetySettingsDto extends FoodSafetySettingsValuesDto {
  @ApiProperty({ description: 'The version read (0 while the settings are still the defaults); a stale one answers 409' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  version!: number;
}

export class FoodSafetySettingsDto extends FoodSafetySettingsValuesDto {
  @ApiProperty({ description: '0 while nothing has been saved (the defaults)' }) version!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}
