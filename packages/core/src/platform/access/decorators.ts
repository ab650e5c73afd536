import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestContext } from '../context/request-context.js';
import type { Actor } from './actor.js';

export const PUBLIC_KEY = 'schoolbridge:public';
export const PERMISSION_KEY = 'schoolbridge:permission';
export const ALLOW_PENDING_PASSWORD_KEY = 'schoolbridge:allowPendingPassword';

/** The route needs no signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The route needs this permission (403 without it). Scope is applied by the service. */
export const RequirePermission = (permission: string) => SetMetadata(PERMISSION_KEY, permission);

/** The route stays open while the user must still change a reset password. */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD_KEY, true);

/** The signed-in caller (the auth guard has made sure there is one). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  const actor = req.actor ?? requestContext.actor();
  if (!actor) throw new Error('CurrentActor used on a route without an authenticated actor');
  return actor;
});
