import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PinyinSearchInput, PinyinSelect } from '../../src/kit/pinyin-search';
import { renderWithProviders } from './helpers';

const PEOPLE = [
  { value: 'p1', label: '张三' },
  { value: 'p2', label: '李四' },
  { value: 'p3', label: '欧阳娜娜' },
  { value: 'p4', label: '赵四' },
];

describe('PinyinSearchInput', () => {
  it('passes the query up once the user stops typing', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    renderWithProviders(<PinyinSearchInput onSearch={onSearch} debounceMs={50} />);
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await user.type(box, 'zs');
    await waitFor(() => expect(onSearch).toHaveBeenCalledWith('zs'));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('searches at once on Enter and when cleared', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    renderWithProviders(<PinyinSearchInput onSearch={onSearch} debounceMs={10_000} />);
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await user.type(box, 'lisi{Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('lisi');
    await user.clear(box);
    expect(onSearch).toHaveBeenLastCalledWith('');
  });

  it('suggests options found by initials and full pinyin, and reports the choice', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithProviders(<PinyinSearchInput options={PEOPLE} onSelect={onSelect} label="教师" />);
    const box = screen.getByRole('combobox', { name: '教师' });
    await user.type(box, 'zs');
    expect(await screen.findByRole('option', { name: '张三' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '李四' })).not.toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'ouyang');
    expect(await screen.findByRole('option', { name: '欧阳娜娜' })).toBeInTheDocument();
    // the visible item (the role=option elements are rc-select's hidden list for screen readers)
    await user.click(screen.getByTitle('欧阳娜娜'));
    expect(onSelect).toHaveBeenCalledWith('p3', expect.objectContaining({ label: '欧阳娜娜' }));
    expect(box).toHaveValue('欧阳娜娜');
  });
});

describe('PinyinSelect', () => {
  it('filters its options by pinyin', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PinyinSelect aria-label="教师" options={PEOPLE} style={{ width: 200 }} />);
    const box = screen.getByRole('combobox', { name: '教师' });
    await user.click(box);
    await user.type(box, 'si');
    expect(await screen.findByRole('option', { name: '李四' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '赵四' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '张三' })).not.toBeInTheDocument();
  });
});
