import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 报名 of a row: seats taken of the capacity, and the waitlist when there is one. */
export function SeatsText({ seatsTaken, capacity, waitlisted }: { seatsTaken: number; capacity: number; waitlisted: number }) {
  const { t } = useTranslation();
  return (
    <span>
      {seatsTaken}/{capacity}
      {waitlisted > 0 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {t('training.sessions.waitlistedShort', { count: waitlisted })}
        </Typography.Text>
      )}
    </span>
  );
}
