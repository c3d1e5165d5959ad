namespace Marketplace.Ordering.Data;

/// <summary>
/// The reports' rows (<c>SoldLine</c>) of every order placed before they were kept, written by the
/// migration SoldLines in each provider's own SQL from the parts' JSON lines: the order's day in
/// Vietnam (UTC+7, as <c>VietnamTime.DayOf</c> says), province, buyer and payment method beside each line.
/// </summary>
internal static class SoldLineBackfill
{
    /// <summary>
    /// SQLite keeps a Guid as upper-case text (JSON writes it lower-case) and an instant as EF Core's
    /// DateTimeOffsetToBinaryConverter writes it: the local ticks / 1000 shifted left by 11 bits,
    /// and the offset in minutes in the low 11 (signed).
    /// </summary>
    public const string Sqlite =
        """
        INSERT INTO "ordering_sold_lines" ("Id", "OrderId", "PartId", "CooperativeId", "BuyerId", "Day", "Province", "PaymentMethod",
            "VariantId", "Sku", "ProductName", "Quantity", "GoodsVnd", "Cancelled")
        SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
            p."OrderId", p."Id", p."CooperativeId", o."BuyerId",
            date(((((o."PlacedAt" >> 11) * 1000 - ((o."PlacedAt" << 53) >> 53) * 600000000) / 10000000) - 62135596800), 'unixepoch', '+7 hours'),
            substr(o."Delivery_Province", 1, 100), o."PaymentMethod", upper(json_extract(l.value, '$.VariantId')),
            substr(json_extract(l.value, '$.Sku'), 1, 100), substr(json_extract(l.value, '$.ProductName'), 1, 200),
            json_extract(l.value, '$.Quantity'), json_extract(l.value, '$.Quantity') * json_extract(l.value, '$.UnitPriceVnd'),
            p."Status" = 'Cancelled'
        FROM "ordering_order_parts" p
        JOIN "ordering_orders" o ON o."Id" = p."OrderId", json_each(p."Lines") l;
        """;

    /// <summary>An interval, not AT TIME ZONE '+07': PostgreSQL reads a POSIX offset's sign backwards.</summary>
    public const string Postgres =
        """
        INSERT INTO ordering.sold_lines ("Id", "OrderId", "PartId", "CooperativeId", "BuyerId", "Day", "Province", "PaymentMethod",
            "VariantId", "Sku", "ProductName", "Quantity", "GoodsVnd", "Cancelled")
        SELECT gen_random_uuid(), p."OrderId", p."Id", p."CooperativeId", o."BuyerId",
            ((o."PlacedAt" AT TIME ZONE 'UTC') + interval '7 hours')::date,
            left(o."Delivery_Province", 100), o."PaymentMethod", (l ->> 'VariantId')::uuid,
            left(l ->> 'Sku', 100), left(l ->> 'ProductName', 200),
            (l ->> 'Quantity')::int, (l ->> 'Quantity')::bigint * (l ->> 'UnitPriceVnd')::bigint,
            p."Status" = 'Cancelled'
        FROM ordering.order_parts p
        JOIN ordering.orders o ON o."Id" = p."OrderId"
        CROSS JOIN LATERAL jsonb_array_elements(p."Lines") l;
        """;

    public const string SqlServer =
        """
        INSERT INTO [ordering].[sold_lines] ([Id], [OrderId], [PartId], [CooperativeId], [BuyerId], [Day], [Province], [PaymentMethod],
            [VariantId], [Sku], [ProductName], [Quantity], [GoodsVnd], [Cancelled])
        SELECT NEWID(), p.[OrderId], p.[Id], p.[CooperativeId], o.[BuyerId],
            CAST(SWITCHOFFSET(o.[PlacedAt], '+07:00') AS date),
            LEFT(o.[Delivery_Province], 100), o.[PaymentMethod], TRY_CAST(JSON_VALUE(l.[value], '$.VariantId') AS uniqueidentifier),
            LEFT(JSON_VALUE(l.[value], '$.Sku'), 100), LEFT(JSON_VALUE(l.[value], '$.ProductName'), 200),
            CAST(JSON_VALUE(l.[value], '$.Quantity') AS int),
            CAST(JSON_VALUE(l.[value], '$.Quantity') AS bigint) * CAST(JSON_VALUE(l.[value], '$.UnitPriceVnd') AS bigint),
            CASE WHEN p.[Status] = 'Cancelled' THEN 1 ELSE 0 END
        FROM [ordering].[order_parts] p
        JOIN [ordering].[orders] o ON o.[Id] = p.[OrderId]
        CROSS APPLY OPENJSON(p.[Lines]) l;
        """;
}
