import type { ReactNode } from 'react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import './print-layout.css';

export interface SignatureParty {
  /** Who signs: 支援学校, 受援学校, 经办人… */
  label?: ReactNode;
  /** Show the 盖章 box (default true). */
  stamp?: boolean;
}

export interface PrintLayoutProps {
  title: ReactNode;
  /** The document number, printed as 编号：… */
  number?: string;
  children: ReactNode;
  /** The signature blocks (签字 / 盖章 / 日期), one per party; default one without a name; `false` for none. */
  signatures?: SignatureParty[] | false;
  /** More buttons next to 打印 (hidden in print too), e.g. 返回. */
  actions?: ReactNode;
  /** Replaces window.print (tests, or printing in a frame). */
  onPrint?: () => void;
}

function Line({ label, value }: { label: ReactNode; value?: ReactNode }) {
  return (
    <div className="sb-print-line">
      <span>{label}</span>
      <span className="sb-print-blank">{value}</span>
    </div>
  );
}

/**
 * A print view on an A4 sheet, like the paper forms people know: title, 编号, body, and the
 * signature and stamp area. On screen the sheet is a white page with a 打印 button; in print
 * only the sheet appears, with 20 mm margins.
 */
export function PrintLayout({ title, number, children, signatures = [{}], actions, onPrint }: PrintLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="sb-print-layout">
      <div className="sb-print-toolbar sb-print-hide">
        {actions}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => (onPrint ? onPrint() : window.print())}>
          {t('kit.print.print')}
        </Button>
      </div>
      <article className="sb-print-sheet" aria-label={t('kit.print.sheet')}>
        <h1 className="sb-print-title">{title}</h1>
        {number && <p className="sb-print-number">{t('kit.print.number', { number })}</p>}
        <div className="sb-print-body">{children}</div>
        {signatures && signatures.length > 0 && (
          <section className="sb-print-signatures">
            {signatures.map((party, i) => (
              <div className="sb-print-party" key={i}>
                {party.label && <div className="sb-print-party-name">{party.label}</div>}
                <Line label={t('kit.print.signature')} />
                {party.stamp !== false && (
                  <>
                    <div className="sb-print-line">
                      <span>{t('kit.print.stamp')}</span>
                    </div>
                    <div className="sb-print-stamp" aria-hidden>
                      {t('kit.print.stampBox')}
                    </div>
                  </>
                )}
                <Line label={t('kit.print.date')} value={t('kit.print.dateBlank')} />
              </div>
            ))}
          </section>
        )}
      </article>
    </div>
  );
}
