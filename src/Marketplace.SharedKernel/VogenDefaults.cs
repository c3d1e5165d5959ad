using Vogen;

// Every typed id converts for JSON (as the Guid string), for binding routes and forms (a type
// converter and TryParse), and for EF Core (a value converter, so the column stays a uuid). No
// == between an id and a bare Guid: EF Core cannot translate that operator in a query, so it
// would compile and fail at run time; compare ids with ids.
[assembly: VogenDefaults(
    conversions: Conversions.SystemTextJson | Conversions.TypeConverter | Conversions.EfCoreValueConverter,
    customizations: Customizations.None,
    primitiveEqualityGeneration: PrimitiveEqualityGeneration.Omit)]
