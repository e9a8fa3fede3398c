import { DEFAULT_DEDUCTION_ORDER, FLAT_SEASONALITY } from '../engine';
import type { ScenarioDraft } from './draft';

/*
 * The scenario a first visit opens on: a logistics customer reading shipping documents in
 * Hong Kong and Singapore, usage growing every month. It shows each thing the simulator is for:
 * a package the customer already owns that expires half used (calls wasted), a promotional
 * package that pays first, a package that runs out early, and a region where pay-per-use is
 * not subscribed, so calls fail once its package is empty. Prices are the International
 * catalog's illustrative ones.
 */
export const DEMO_DRAFT: ScenarioDraft = {
  name: 'Demo: Example Shipping Co. (fictional), shipping documents 2027',
  catalogId: 'international',
  currency: 'USD',
  start: '2027-01',
  months: '12',
  deductionOrder: [...DEFAULT_DEDUCTION_ORDER],
  streams: [
    {
      id: 'text-hk',
      api: 'general-text',
      region: 'ap-southeast-1',
      subscribed: true,
      callsSource: 'generated',
      generator: {
        firstMonth: '120000',
        growthPercent: '4',
        seasonal: false,
        seasonality: FLAT_SEASONALITY,
      },
      typedCalls: [],
    },
    {
      id: 'passport-hk',
      api: 'passport',
      region: 'ap-southeast-1',
      subscribed: true,
      callsSource: 'generated',
      generator: {
        firstMonth: '15000',
        growthPercent: '3',
        seasonal: false,
        seasonality: FLAT_SEASONALITY,
      },
      typedCalls: [],
    },
    {
      id: 'table-sg',
      api: 'general-table',
      region: 'ap-southeast-3',
      subscribed: false,
      callsSource: 'generated',
      generator: {
        firstMonth: '20000',
        growthPercent: '5',
        seasonal: false,
        seasonality: FLAT_SEASONALITY,
      },
      typedCalls: [],
    },
  ],
  packages: [
    {
      id: 'passport-owned',
      label: 'Passport 100k (owned)',
      api: 'passport',
      region: 'ap-southeast-1',
      source: 'purchased',
      calls: '100000',
      price: '1080',
      createdOn: '2026-04-01',
      activatesOn: '',
      validityMonths: '12',
      usedCalls: '40000',
      priority: '',
      resetEvery: 'never',
      colour: 0,
    },
    {
      id: 'text-1m',
      label: 'General Text 1M',
      api: 'general-text',
      region: 'ap-southeast-1',
      source: 'purchased',
      calls: '1000000',
      price: '5580',
      createdOn: '2027-01-01',
      activatesOn: '',
      validityMonths: '12',
      usedCalls: '',
      priority: '',
      resetEvery: 'never',
      colour: 1,
    },
    {
      id: 'text-promo',
      label: 'General Text 50k (promotion)',
      api: 'general-text',
      region: 'ap-southeast-1',
      source: 'promotional',
      calls: '50000',
      price: '0',
      createdOn: '2027-01-01',
      activatesOn: '',
      validityMonths: '3',
      usedCalls: '',
      priority: '',
      resetEvery: 'never',
      colour: 2,
    },
    {
      id: 'table-100k',
      label: 'General Table 100k',
      api: 'general-table',
      region: 'ap-southeast-3',
      source: 'purchased',
      calls: '100000',
      price: '1440',
      createdOn: '2027-01-01',
      activatesOn: '',
      validityMonths: '12',
      usedCalls: '',
      priority: '',
      resetEvery: 'never',
      colour: 3,
    },
  ],
  payPerUse: [
    {
      api: 'general-text',
      region: null,
      mode: 'graduated',
      tiers: [
        { upTo: '100000', unitPrice: '0.012' },
        { upTo: '1000000', unitPrice: '0.01' },
        { upTo: '', unitPrice: '0.008' },
      ],
    },
    {
      api: 'passport',
      region: null,
      mode: 'graduated',
      tiers: [
        { upTo: '100000', unitPrice: '0.018' },
        { upTo: '1000000', unitPrice: '0.015' },
        { upTo: '', unitPrice: '0.012' },
      ],
    },
    {
      api: 'general-table',
      region: null,
      mode: 'graduated',
      tiers: [
        { upTo: '100000', unitPrice: '0.024' },
        { upTo: '1000000', unitPrice: '0.02' },
        { upTo: '', unitPrice: '0.016' },
      ],
    },
  ],
};
