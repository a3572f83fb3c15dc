import type { ClusterRole, OrganizationKind } from '@hamkar/clusters';
import type { Locale } from '@hamkar/identity';

/** Everyone in the demo signs in with this password (printed by the run command). */
export const DEMO_PASSWORD = 'hamkar-demo-2026';

export interface DemoCluster {
  slug: string;
  name: string;
  sector: string;
  country: string;
  region: string;
  description: string;
  defaultLocale: Locale;
  people: DemoPerson[];
}

export interface DemoPerson {
  email: string;
  displayName: string;
  locale: Locale;
  role: ClusterRole;
  organization?: { name: string; kind: OrganizationKind; city: string; lat: number; lng: number; description?: string };
}

export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    slug: 'zanjan-carpets',
    name: 'خوشه فرش دستباف زنجان',
    sector: 'hand-woven carpets',
    country: 'IR',
    region: 'Zanjan',
    description: 'حدود ۸۰۰ کارگاه، ۱۸ تعاونی و یک اتحادیه؛ خرید مشترک پشم و رنگ و حضور مشترک در نمایشگاه‌ها.',
    defaultLocale: 'fa',
    people: [
      { email: 'maryam@demo.hamkar.app', displayName: 'مریم احمدی', locale: 'fa', role: 'admin' },
      { email: 'reza@demo.hamkar.app', displayName: 'رضا کریمی', locale: 'fa', role: 'agent' },
      {
        email: 'ali@demo.hamkar.app',
        displayName: 'علی رضایی',
        locale: 'fa',
        role: 'member',
        organization: { name: 'کارگاه فرش دستباف رضایی', kind: 'firm', city: 'Zanjan', lat: 36.6736, lng: 48.4787 },
      },
      {
        email: 'zahra@demo.hamkar.app',
        displayName: 'زهرا حسینی',
        locale: 'fa',
        role: 'member',
        organization: { name: 'تعاونی فرشبافان ابهر', kind: 'cooperative', city: 'Abhar', lat: 36.1468, lng: 49.218 },
      },
      {
        email: 'hossein@demo.hamkar.app',
        displayName: 'حسین مرادی',
        locale: 'fa',
        role: 'supplier',
        organization: {
          name: 'ریسندگی پشم تبریز',
          kind: 'supplier',
          city: 'Tabriz',
          lat: 38.0962,
          lng: 46.2738,
          description: 'نخ پشمی فرش، رنگرزی گیاهی',
        },
      },
      { email: 'union@demo.hamkar.app', displayName: 'اتحادیه فرش زنجان', locale: 'fa', role: 'observer' },
    ],
  },
  {
    slug: 'lorestan-honey',
    name: 'خوشه عسل لرستان',
    sector: 'honey and beekeeping',
    country: 'IR',
    region: 'Lorestan',
    description: 'زنبورداران و بسته‌بندان عسل خرم‌آباد و بروجرد.',
    defaultLocale: 'fa',
    people: [
      { email: 'fatemeh@demo.hamkar.app', displayName: 'فاطمه یاری', locale: 'fa', role: 'admin' },
      {
        email: 'mehdi@demo.hamkar.app',
        displayName: 'مهدی بیرانوند',
        locale: 'fa',
        role: 'member',
        organization: { name: 'زنبورستان کوهدشت', kind: 'firm', city: 'Khorramabad', lat: 33.4878, lng: 48.3558 },
      },
      {
        email: 'glass@demo.hamkar.app',
        displayName: 'Sara Ahmadi',
        locale: 'en',
        role: 'supplier',
        organization: { name: 'Hamedan Glass Containers', kind: 'supplier', city: 'Hamedan', lat: 34.7983, lng: 48.5148 },
      },
    ],
  },
  {
    slug: 'sumgait-chemicals',
    name: 'Sumqayıt kimya və plastik klasteri',
    sector: 'chemicals and plastics',
    country: 'AZ',
    region: 'Sumgait',
    description: 'SOCAR Polymer ətrafında plastik və kimya müəssisələri: birgə xammal alışı və ixrac.',
    defaultLocale: 'az',
    people: [
      { email: 'leyla@demo.hamkar.app', displayName: 'Leyla Məmmədova', locale: 'az', role: 'admin' },
      {
        email: 'elvin@demo.hamkar.app',
        displayName: 'Elvin Həsənov',
        locale: 'az',
        role: 'member',
        organization: { name: 'Sumqayıt Plastik MMC', kind: 'firm', city: 'Sumgait', lat: 40.5897, lng: 49.6686 },
      },
      {
        email: 'gunel@demo.hamkar.app',
        displayName: 'Günel Quliyeva',
        locale: 'az',
        role: 'member',
        organization: { name: 'Abşeron Qablaşdırma', kind: 'firm', city: 'Baku', lat: 40.4093, lng: 49.8671 },
      },
      {
        email: 'polymer@demo.hamkar.app',
        displayName: 'Rəşad Əliyev',
        locale: 'az',
        role: 'supplier',
        organization: { name: 'Polimer Təchizat ASC', kind: 'supplier', city: 'Sumgait', lat: 40.6, lng: 49.65 },
      },
    ],
  },
];
