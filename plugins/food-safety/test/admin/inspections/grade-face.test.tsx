import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GradeFace } from '../../../src/admin/inspections/components/GradeFace';
import { renderComponent } from './harness';

describe('GradeFace', () => {
  it.each([
    ['excellent', 'bigSmile', '优秀'],
    ['good', 'smile', '良好'],
    ['fair', 'flat', '一般'],
    ['fail', 'frown', '不合格'],
  ] as const)('shows %s as the %s face with the word %s', async (grade, face, word) => {
    const { container } = renderComponent(<GradeFace grade={grade} />);
    const el = await screen.findByText(word);
    const badge = el.closest('.fs-grade-face')!;
    expect(badge).toHaveAttribute('data-grade', grade);
    // the face is drawn, hidden from screen readers; the word is the text
    const svg = container.querySelector(`svg[data-face="${face}"]`);
    expect(svg).not.toBeNull();
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(badge).toHaveTextContent(word);
  });

  it('says the words in English, and names a missing grade and a cap in words', async () => {
    renderComponent(
      <>
        <GradeFace grade="fair" capped suffix="91.00分" />
        <GradeFace grade={null} />
        <GradeFace grade="excellent" />
      </>,
      { lng: 'en' },
    );
    expect(await screen.findByText('Fair')).toBeInTheDocument();
    expect(screen.getByText('Excellent')).toBeInTheDocument();
    expect(screen.getByText('(capped: a critical item failed)')).toBeInTheDocument();
    expect(screen.getByText('91.00分')).toBeInTheDocument();
    expect(screen.getByText('Not graded')).toBeInTheDocument();
  });
});
