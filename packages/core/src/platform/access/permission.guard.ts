import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { problems } from '../errors/problem.js';
import type { Actor } from './actor.js';
import { PERMISSION_KEY, PUBLIC_KEY } from './decorators.js';
import { PermissionRegistry } from './permission-registry.js';

/** 403 when the route's permission is missing. Runs after the auth guard has found the actor. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: PermissionRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, targets);
    if (!permission) return true;
    if (!this.registry.has(permission)) throw new Error(`route requires unknown permission ${permission}`);
    const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
    if (!actor) throw problems.unauthenticated();
    if (!actor.permissions.has(permission)) throw problems.forbidden(permission);
    return true;
  }
}
