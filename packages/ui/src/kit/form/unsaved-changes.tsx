import { useCallback, useContext, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Modal } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { UNSAFE_DataRouterContext, useBlocker, type BlockerFunction } from 'react-router';
import { useTranslation } from 'react-i18next';

function BlockerModal({ dirtyRef }: { dirtyRef: RefObject<boolean> }) {
  const { t } = useTranslation();
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current === true && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [dirtyRef],
  );
  const blocker = useBlocker(shouldBlock);
  const blocked = blocker.state === 'blocked';
  return (
    <Modal
      open={blocked}
      title={
        <span>
          <ExclamationCircleOutlined style={{ color: '#ad4e00', marginInlineEnd: 8 }} aria-hidden />
          {t('kit.unsaved.title')}
        </span>
      }
      okText={t('kit.unsaved.leave')}
      cancelText={t('kit.unsaved.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      destroyOnHidden
    >
      <p>{t('kit.unsaved.content')}</p>
    </Modal>
  );
}

/**
 * Warns before unsaved changes are lost: the browser's own prompt when the tab is closed or
 * reloaded, and a confirm dialog (留在此页 / 离开) when the user navigates inside the app.
 * Render what it returns: `const prompt = useUnsavedChangesPrompt(dirty); return <>{prompt}…</>`.
 * In-app navigation is guarded under a data router (createBrowserRouter / RouterProvider),
 * which React Router's blocker requires; elsewhere only the browser prompt applies.
 */
export function useUnsavedChangesPrompt(dirty: boolean): ReactNode {
  const dirtyRef = useRef(dirty);
  // read when a navigation happens, so a save that clears `dirty` and navigates at once is let through
  dirtyRef.current = dirty;
  const dataRouter = useContext(UNSAFE_DataRouterContext);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      // older browsers show the prompt only when returnValue is set
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return dataRouter ? <BlockerModal dirtyRef={dirtyRef} /> : null;
}
