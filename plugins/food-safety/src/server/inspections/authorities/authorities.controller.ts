import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../../permissions.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityDto, AuthorityPageDto, CreateAuthorityDto, ListAuthoritiesQueryDto, UpdateAuthorityDto } from './authority.dto.js';

/** Issuing authorities 签发机关: HTTP only; the rules live in AuthoritiesService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: AuthorityPageDto, description: 'Authorities of, above or under the caller’s regions' })
  list(@CurrentActor() actor: Actor, @Query() query: ListAuthoritiesQueryDto): Promise<AuthorityPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.authorities.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_MANAGE)
  @ApiCreatedResponse({ type: AuthorityDto, description: 'The number prefix is unique (409 otherwise)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateAuthorityDto): Promise<AuthorityDto> {
    return this.authorities.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: AuthorityDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AuthorityDto> {
    return this.authorities.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: AuthorityDto })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateAuthorityDto): Promise<AuthorityDto> {
    return this.authorities.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(FS_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409) once it has inspections or letters; make it inactive instead' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.authorities.remove(actor, id);
  }
}
