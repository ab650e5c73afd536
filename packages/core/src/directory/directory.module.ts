import { Module } from '@nestjs/common';
import { DIRECTORY_CONTROLLERS, DIRECTORY_PROVIDERS } from './parts.js';

/** The directory: regions, organisations (schools, centres, bureaus, donors), teachers, students. */
@Module({
  controllers: DIRECTORY_CONTROLLERS,
  providers: DIRECTORY_PROVIDERS,
  exports: DIRECTORY_PROVIDERS as never[],
})
export class DirectoryModule {}
