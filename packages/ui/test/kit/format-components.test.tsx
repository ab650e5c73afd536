import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Count, DateText, Money, Percent, TermText } from '../../src/kit/format-components';
import { renderWithProviders } from './helpers';

function Figures() {
  return (
    <ul>
      <li data-testid="money">
        <Money fen={19081250} unit="wan" />
      </li>
      <li data-testid="yuan">
        <Money fen={-123456} />
      </li>
      <li data-testid="persons">
        <Count value={120} unit="persons" />
      </li>
      <li data-testid="times">
        <Count value={356} unit="personTimes" />
      </li>
      <li data-testid="canteens">
        <Count value={8} measure="jia" />
      </li>
      <li data-testid="date">
        <DateText value="2026-03-01T16:30:00Z" />
      </li>
      <li data-testid="term">
        <TermText year={2026} term="autumn" />
      </li>
      <li data-testid="percent">
        <Percent value={0.875} />
      </li>
    </ul>
  );
}

describe('format components', () => {
  it('print in Chinese by default', () => {
    renderWithProviders(<Figures />);
    expect(screen.getByTestId('money')).toHaveTextContent('19.08125万元');
    expect(screen.getByTestId('yuan')).toHaveTextContent('-1,234.56元');
    expect(screen.getByTestId('persons')).toHaveTextContent('120人');
    expect(screen.getByTestId('times')).toHaveTextContent('356人次');
    expect(screen.getByTestId('canteens')).toHaveTextContent('8家');
    expect(screen.getByTestId('date')).toHaveTextContent('2026-03-02');
    expect(screen.getByTestId('date').querySelector('time')).toHaveAttribute('datetime', '2026-03-01T16:30:00Z');
    expect(screen.getByTestId('term')).toHaveTextContent('2026年秋季学期');
    expect(screen.getByTestId('percent')).toHaveTextContent('87.5%');
  });

  it('print in English when English is chosen', () => {
    renderWithProviders(<Figures />, { lng: 'en' });
    expect(screen.getByTestId('money')).toHaveTextContent('19.08125 × 10,000 yuan');
    expect(screen.getByTestId('persons')).toHaveTextContent('120 persons');
    expect(screen.getByTestId('times')).toHaveTextContent('356 person-times');
    expect(screen.getByTestId('canteens')).toHaveTextContent('8 organisations');
    expect(screen.getByTestId('term')).toHaveTextContent('Autumn term 2026');
  });
});
