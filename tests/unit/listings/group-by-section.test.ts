import { describe, expect, it } from 'vitest';
import { groupBySection } from '#src/listings/group-by-section.ts';
import { sitePaths } from '#src/listings/routes.ts';

const routes = sitePaths('/');

const article = (id: string, category: string) => ({ id, data: { category } });

describe('groupBySection', () => {
  it('groups articles by the slug of their category, keeping the first spelling and the given order', () => {
    const a = article('a', 'Internasional');
    const b = article('b', 'Olahraga');
    const c = article('c', 'INTERNASIONAL');
    const sections = groupBySection([a, b, c]);
    expect([...sections.keys()]).toEqual(['internasional', 'olahraga']);
    expect(sections.get('internasional')).toEqual({ name: 'Internasional', articles: [a, c] });
  });

  it('links a category to its section page, whatever its spelling', () => {
    expect(routes.section('Sains & Teknologi')).toBe('/kategori/sains-and-teknologi/');
    expect(routes.section('INTERNASIONAL')).toBe('/kategori/internasional/');
    expect(routes.sectionPage('internasional/2024')).toBe('/kategori/internasional/2024/');
    expect(sitePaths('/warta/').section('Internasional')).toBe('/warta/kategori/internasional/');
  });
});
