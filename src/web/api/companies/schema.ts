// The schemas of /api/v1/companies: the bodies (create, replace), the list's query, the company, the duplicate problem.

import { Type } from '@sinclair/typebox';
import { CompanyBody } from '../../../app/companies/companySchema.ts';
import type { CompanyRow } from '../../../app/companies/getCompany.ts';
import type { CompanyListItem } from '../../../app/companies/listCompanies.ts';
import { SIZE_CLASSES } from '../../../app/common/codes.ts';
import { ProblemSchema } from '../problem.ts';
import { Enum, PageQuery } from '../common/schema.ts';

// the body's fields are declared once, beside the use case (src/app/companies/companySchema.ts), which checks them with the same declaration
export { CompanyBody };
export const CompanyCreateBody = Type.Composite([CompanyBody, Type.Object({ confirmDuplicate: Type.Optional(Type.Boolean({ description: 'create even if a company with the same name and postcode exists' })) })], {
  additionalProperties: false,
});

export const CompanySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    street: Type.Union([Type.String(), Type.Null()]),
    postcode: Type.Union([Type.String(), Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    federalState: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Union([Type.String(), Type.Null()]),
    headcount: Type.Union([Type.Integer(), Type.Null()]),
    sizeClass: Type.Union([Type.String(), Type.Null()]),
    wzSection: Type.Union([Type.String(), Type.Null()]),
    website: Type.Union([Type.String(), Type.Null()]),
    notes: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Company', title: 'Company' },
);

export const CompanyQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name' })),
    sizeClass: Type.Optional(Enum(SIZE_CLASSES)),
    federalState: Type.Optional(Type.String()),
    wzSection: Type.Optional(Type.String()),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const DuplicateProblemSchema = Type.Object({
  ...ProblemSchema.properties,
  duplicates: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), postcode: Type.Union([Type.String(), Type.Null()]), city: Type.Union([Type.String(), Type.Null()]) }),
  ),
});

/** The JSON of a company. */
export function companyJson(c: CompanyListItem | CompanyRow) {
  return {
    id: c.id,
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    federalState: c.federalState,
    municipality: c.municipality,
    headcount: c.headcount,
    sizeClass: c.sizeClass,
    wzSection: c.wzSection,
    website: c.website,
    notes: c.notes,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
