// @vitest-environment happy-dom
// Issue 18 item 1: the shared components (Button, Field, Card, Badge) render the markup their
// stylesheet and assistive tech rely on: variants as classes, buttons that never submit by
// accident, fields whose hint and error are tied to the control, headings at the caller's level,
// badges that say their tier in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Button } from '@/components/design/Button';
import { Field } from '@/components/design/Field';
import { Card } from '@/components/design/Card';
import { Badge } from '@/components/design/Badge';

afterEach(cleanup);

describe('Button', () => {
  it('renders each variant with its class, type=button by default, and raises clicks', () => {
    const onClick = vi.fn();
    const { getByText } = render(
      <form onSubmit={() => { throw new Error('a plain Button must not submit'); }}>
        <Button variant="primary" onClick={onClick}>保存</Button>
        <Button>取消</Button>
        <Button variant="danger" class="wide" data-liveguard="del">删除</Button>
      </form>,
    );
    const save = getByText('保存') as HTMLButtonElement;
    expect(save.className).toBe('lg-ui-button lg-ui-button--primary');
    expect(save.type).toBe('button');
    fireEvent.click(save);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(getByText('取消').className).toBe('lg-ui-button lg-ui-button--secondary');
    const del = getByText('删除');
    expect(del.className).toBe('lg-ui-button lg-ui-button--danger wide');
    expect(del.getAttribute('data-liveguard')).toBe('del');
  });

  it('a submit Button submits its form; a disabled one does not click', () => {
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    const onClick = vi.fn();
    const { getByText } = render(
      <form onSubmit={onSubmit}>
        <Button type="submit" variant="primary">提交</Button>
        <Button disabled onClick={onClick}>不可用</Button>
      </form>,
    );
    fireEvent.click(getByText('提交'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect((getByText('不可用') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Field', () => {
  it('ties label, hint and error to the control and marks it invalid', () => {
    const { getByLabelText, getByRole } = render(
      <Field id="pin" label="PIN 码" hint="4 到 32 位" error="两次输入不一致">
        {(a) => <input {...a} name="pin" />}
      </Field>,
    );
    const input = getByLabelText('PIN 码') as HTMLInputElement;
    expect(input.id).toBe('pin');
    expect(input.getAttribute('aria-describedby')).toBe('pin-hint pin-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('pin-hint')!.textContent).toBe('4 到 32 位');
    expect(getByRole('alert').textContent).toBe('两次输入不一致');
    expect(getByRole('alert').id).toBe('pin-error');
  });

  it('without hint or error: no describedby, not invalid, no alert', () => {
    const { getByLabelText, queryByRole, container } = render(
      <Field id="name" label="姓名">{(a) => <input {...a} />}</Field>,
    );
    const input = getByLabelText('姓名');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(queryByRole('alert')).toBeNull();
    expect(container.querySelector('.lg-ui-field--error')).toBeNull();
  });

  it('inline puts a checkbox before its label, still labelled', () => {
    const { getByLabelText, container } = render(
      <Field id="share" label="分享" inline>{(a) => <input type="checkbox" {...a} />}</Field>,
    );
    const box = getByLabelText('分享');
    const row = container.querySelector('.lg-ui-field__row')!;
    expect(row.firstElementChild).toBe(box);
    expect(row.lastElementChild!.tagName).toBe('LABEL');
  });
});

describe('Card', () => {
  it('is a section with a heading at the caller level and passes attributes through', () => {
    const { container, getByRole } = render(
      <Card title="隐私承诺" level={3} tone="accent" data-liveguard="privacy" aria-describedby="x">
        <p>正文</p>
      </Card>,
    );
    const section = container.querySelector('section')!;
    expect(section.className).toBe('lg-ui-card lg-ui-card--accent');
    expect(section.getAttribute('data-liveguard')).toBe('privacy');
    expect(section.getAttribute('aria-describedby')).toBe('x');
    expect(getByRole('heading', { level: 3 }).textContent).toBe('隐私承诺');
    expect(section.querySelector('p')!.textContent).toBe('正文');
  });

  it('defaults to h2 and no heading without a title', () => {
    const a = render(<Card title="A">x</Card>);
    expect(a.getByRole('heading', { level: 2 }).textContent).toBe('A');
    a.unmount();
    const b = render(<Card>y</Card>);
    expect(b.container.querySelector('h2, h3')).toBeNull();
    expect(b.container.querySelector('section')!.className).toBe('lg-ui-card');
  });
});

describe('Badge', () => {
  it('every tier has its own class and keeps its words', () => {
    const tones = ['neutral', 'accent', 'safe', 'notice', 'warning', 'critical'] as const;
    const { container } = render(<div>{tones.map((tone) => <Badge key={tone} tone={tone}>{`label-${tone}`}</Badge>)}</div>);
    const badges = [...container.querySelectorAll('.lg-ui-badge')];
    expect(badges.map((b) => b.getAttribute('data-tone'))).toEqual([...tones]);
    expect(new Set(badges.map((b) => b.className)).size).toBe(tones.length);
    for (const b of badges) expect(b.textContent).toBe(`label-${b.getAttribute('data-tone')}`);
  });

  it('defaults to neutral', () => {
    const { getByText } = render(<Badge>未知</Badge>);
    expect(getByText('未知').className).toBe('lg-ui-badge lg-ui-badge--neutral');
  });
});
