using FluentValidation;
using FluentValidation.Results;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.Lots;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using C = Marketplace.Catalog.Features.CatalogSheets.CatalogSheetColumns;

namespace Marketplace.Catalog.Features.CatalogSheets;

/// <summary>A line that will change the catalog, and how, for the preview.</summary>
internal sealed record SheetChange(string Sheet, int Line, string Product, string What);

/// <summary>What a file would do (or did) to the cooperative's catalog: counts, every line's problem, the changes.</summary>
internal sealed record CatalogImportReport(
    int Lines,
    int ProductsAdded,
    int ProductsChanged,
    int VariantsAdded,
    int VariantsChanged,
    int LotsAdded,
    int LinesUnchanged,
    bool Applied,
    IReadOnlyList<SheetProblem> Problems,
    IReadOnlyList<SheetChange> Changes)
{
    public bool CanApply => Problems.Count == 0 && !Applied && ProductsAdded + ProductsChanged + VariantsAdded + VariantsChanged + LotsAdded > 0;
}

/// <summary>
/// Checks a catalog file against the cooperative's catalog and, when <see cref="Apply"/> is set
/// and no line has a problem, makes all its changes in one transaction: all or nothing. Lines
/// equal to the catalog change nothing, so the same file applied twice changes nothing the second time.
/// </summary>
internal sealed record ImportCatalogCommand(CooperativeId CooperativeId, UserId ActorId, UploadedFile File, bool Apply)
    : ICommand<Result<CatalogImportReport>>, IRunsIn<CatalogTransaction>;

internal sealed class ImportCatalogHandler(
    CatalogDbContext db,
    ISender sender,
    TimeProvider clock,
    IValidator<CreateProductCommand> productRules,
    IValidator<SaveVariantCommand> variantRules,
    IValidator<AddLotCommand> lotRules) : ICommandHandler<ImportCatalogCommand, Result<CatalogImportReport>>
{
    /// <summary>The preview lists this many changes; the counts cover them all.</summary>
    public const int MaxChangesShown = 500;

    private const int QueryChunk = 500;

    public async ValueTask<Result<CatalogImportReport>> Handle(ImportCatalogCommand command, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(command.CooperativeId, command.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var seller = await db.Sellers.FindAsync([command.CooperativeId], cancellationToken);
        if (seller is null)
        {
            return ProductAccess.SellerNotOpen();
        }

        var tables = SheetReader.Read(command.File.Content);
        if (!tables.IsSuccess)
        {
            return tables.Error!;
        }

        var categories = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var category in await db.Categories.AsNoTracking().ToListAsync(cancellationToken))
        {
            categories.TryAdd(VietnameseText.Fold(category.Name), category.Id);
            categories.TryAdd(VietnameseText.Fold(category.NameEnglish), category.Id);
            categories.TryAdd(category.Slug, category.Id);
        }

        var reader = new CatalogSheetLines(categories);
        var productLines = new List<(SheetTable Sheet, SheetRow Row, ProductLine? Line)>();
        var lotLines = new List<(SheetTable Sheet, SheetRow Row, LotLine? Line)>();
        foreach (var sheet in tables.Value)
        {
            foreach (var row in sheet.Rows)
            {
                if (sheet.Kind == SheetKind.Products)
                {
                    productLines.Add((sheet, row, reader.Product(sheet, row)));
                }
                else
                {
                    lotLines.Add((sheet, row, reader.Lot(sheet, row)));
                }
            }
        }

        var products = await db.Products.Include(p => p.Variants)
            .Where(p => p.CooperativeId == command.CooperativeId)
            .ToListAsync(cancellationToken);
        var plan = new Plan(db, command, seller, reader, products, clock.GetUtcNow());
        await PlanProductsAsync(plan, productLines, cancellationToken);
        await PlanLotsAsync(plan, lotLines, cancellationToken);

        var problems = reader.Problems.OrderBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        if (command.Apply && problems.Count > 0)
        {
            return Error.Validation(problems
                .GroupBy(p => $"{p.Sheet}:{p.Line}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Column is null ? p.Message : $"{p.Column}: {p.Message}").ToArray(), StringComparer.Ordinal));
        }

        var applied = command.Apply && plan.Steps.Count > 0;
        if (applied)
        {
            foreach (var step in plan.Steps)
            {
                step();
            }
        }

        return new CatalogImportReport(
            productLines.Count + lotLines.Count,
            plan.ProductsAdded,
            plan.ProductsChanged,
            plan.VariantsAdded,
            plan.VariantsChanged,
            plan.LotsAdded,
            plan.Unchanged,
            applied,
            problems,
            plan.Changes.Take(MaxChangesShown).ToList());
    }

    private async Task PlanProductsAsync(Plan plan, List<(SheetTable Sheet, SheetRow Row, ProductLine? Line)> lines, CancellationToken cancellationToken)
    {
        // Every SKU named in the file that this cooperative does not hold yet: taken elsewhere, it cannot be used.
        var ownSkus = plan.Products.SelectMany(p => p.Variants.Select(v => (v.Sku, p))).ToDictionary(x => x.Sku, x => x.p, StringComparer.Ordinal);
        var named = lines.Select(l => l.Line?.Sku).OfType<string>().Where(s => !ownSkus.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        var takenElsewhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in named.Chunk(QueryChunk))
        {
            takenElsewhere.UnionWith(await db.Variants.Where(v => chunk.Contains(v.Sku)).Select(v => v.Sku).ToListAsync(cancellationToken));
        }

        var variantsInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var newVariants = new List<(ProductPlan Product, ProductLine Line, SheetTable Sheet, SheetRow Row)>();
        var planned = new List<ProductPlan>();
        foreach (var group in lines.GroupBy(l => l.Line?.Slug ?? $"\u0000{l.Row.Line}", StringComparer.Ordinal))
        {
            var valid = group.Where(l => l.Line is not null).ToList();
            if (valid.Count == 0)
            {
                continue;
            }

            var product = PlanProduct(plan, valid);
            if (product is null)
            {
                continue;
            }

            foreach (var (sheet, row, line) in valid)
            {
                if (!TryMatch(plan, product, line!, sheet, row, ownSkus, takenElsewhere, out var variant))
                {
                    continue;
                }

                // A SKU is one variant across the whole file (and the marketplace); a new variant without one is its product's unit and weight.
                var identity = variant?.Sku ?? line!.Sku ?? $"{product.Slug}\u0000{line.Unit}\u0000{line.PackWeightGrams}";
                if (variantsInFile.TryGetValue(identity, out var earlier))
                {
                    plan.Reader.Problem(sheet, row, line!.Sku is null ? C.Unit : C.Sku, Bilingual.Pick(
                        $"Quy cách này đã có ở dòng {earlier}; mỗi quy cách chỉ ghi một dòng.",
                        $"This variant is already on line {earlier}; write each variant once."));
                    continue;
                }

                variantsInFile[identity] = row.Line;
                if (variant is null && line!.Sku is null)
                {
                    newVariants.Add((product, line, sheet, row));
                }
                else
                {
                    PlanVariant(plan, product, variant, line!, line!.Sku ?? variant!.Sku, sheet, row);
                }
            }

            planned.Add(product);
        }

        // New variants without a SKU get one made for them, free across the marketplace.
        var bases = newVariants.Select(n => Skus.Base(plan.Seller.Slug, n.Product.Name, n.Line.Unit, n.Line.NetWeightGrams)).ToList();
        var used = new HashSet<string>(ownSkus.Keys.Concat(lines.Select(l => l.Line?.Sku).OfType<string>()), StringComparer.Ordinal);
        foreach (var prefix in bases.Select(b => b.Split('-')[0]).Distinct(StringComparer.Ordinal))
        {
            used.UnionWith(await db.Variants.Where(v => v.Sku == prefix || v.Sku.StartsWith(prefix + "-")).Select(v => v.Sku).ToListAsync(cancellationToken));
        }

        var tried = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < newVariants.Count; i++)
        {
            var sku = Skus.FirstFree(bases[i], used.Contains, tried);
            used.Add(sku);
            var (product, line, sheet, row) = newVariants[i];
            PlanVariant(plan, product, null, line, sku, sheet, row);
        }

        // Last, once every product has its variants: publishing needs one.
        foreach (var product in planned)
        {
            product.PlanStatus();
        }
    }

    /// <summary>The product's own columns, which its lines must agree on, checked with the rules of the product form.</summary>
    private ProductPlan? PlanProduct(Plan plan, List<(SheetTable Sheet, SheetRow Row, ProductLine? Line)> lines)
    {
        var (firstSheet, firstRow, first) = lines[0];
        var existing = plan.ProductsBySlug.GetValueOrDefault(first!.Slug);
        Guid? category = Agreed(plan, lines, C.Category, l => l.CategoryId);
        var description = Agreed(plan, lines, C.Description, l => l.Description);
        var nameEnglish = Agreed(plan, lines, C.NameEnglish, l => l.NameEnglish);
        var descriptionEnglish = Agreed(plan, lines, C.DescriptionEnglish, l => l.DescriptionEnglish);
        var status = Agreed(plan, lines, C.Status, l => l.Status);
        if (existing is null && category is null)
        {
            plan.Reader.Problem(firstSheet, firstRow, C.Category, Bilingual.Pick(
                "Sản phẩm mới cần danh mục.", "A new product needs a category."));
            return null;
        }

        var text = new ProductText(
            category ?? existing!.CategoryId,
            existing?.Name ?? first!.Name,
            nameEnglish ?? existing?.NameEnglish,
            description ?? existing?.Description ?? string.Empty,
            descriptionEnglish ?? existing?.DescriptionEnglish);
        var check = productRules.Validate(new CreateProductCommand(
            plan.Command.CooperativeId, plan.Command.ActorId, text.CategoryId, text.Name, text.NameEnglish, text.Description, text.DescriptionEnglish));
        if (Report(plan, firstSheet, firstRow, check, ProductColumn))
        {
            return null;
        }

        return new ProductPlan(plan, existing, text, status, firstSheet.Name, firstRow.Line);
    }

    /// <summary>
    /// The line's variant among the product's: the one of its SKU, or, when no SKU is written, the
    /// one of its unit and weight; none for a new variant. False when the line cannot be placed.
    /// </summary>
    private static bool TryMatch(
        Plan plan, ProductPlan product, ProductLine line, SheetTable sheet, SheetRow row,
        Dictionary<string, Product> ownSkus, HashSet<string> takenElsewhere, out Variant? variant)
    {
        variant = null;
        if (line.Sku is { } sku && ownSkus.TryGetValue(sku, out var owner) && owner != product.Existing)
        {
            plan.Reader.Problem(sheet, row, C.Sku, Bilingual.Pick(
                $"Mã SKU {sku} thuộc sản phẩm \"{owner.Name}\"; một quy cách không chuyển sang sản phẩm khác được.",
                $"The SKU {sku} belongs to the product \"{owner.Name}\"; a variant cannot move to another product."));
            return false;
        }

        if (line.Sku is { } named && takenElsewhere.Contains(named))
        {
            plan.Reader.Problem(sheet, row, C.Sku, Bilingual.Pick(
                $"Mã SKU {named} đã được hợp tác xã khác dùng; hãy đặt mã khác hoặc để trống.",
                $"The SKU {named} is used by another cooperative; choose another or leave it blank."));
            return false;
        }

        var candidates = product.Existing?.Variants
            .Where(v => line.Sku is { } s ? v.Sku == s : v.Unit == line.Unit && v.NetWeightGrams == line.PackWeightGrams)
            .ToList() ?? [];
        if (candidates.Count > 1)
        {
            plan.Reader.Problem(sheet, row, C.Sku, Bilingual.Pick(
                "Sản phẩm có nhiều quy cách cùng đơn vị và khối lượng này: hãy ghi mã SKU.",
                "The product has several variants of this unit and weight: write the SKU."));
            return false;
        }

        variant = candidates.SingleOrDefault();
        return true;
    }

    private void PlanVariant(Plan plan, ProductPlan product, Variant? existing, ProductLine line, string sku, SheetTable sheet, SheetRow row)
    {
        // The sheet's stock was counted at export; orders since then took units the sheet does not know of.
        if (existing is not null && line.Version is { } read && read != existing.Version && line.Stock is { } stock && stock != existing.Stock)
        {
            plan.Reader.Problem(sheet, row, C.Stock, Bilingual.Pick(
                $"Tồn kho đã đổi từ khi xuất bảng tính (nay còn {existing.Stock}): tải lại bảng tính, hoặc để trống ô này để giữ nguyên.",
                $"The stock changed since the export ({existing.Stock} now): download the sheet again, or leave this cell blank to keep it."));
            return;
        }

        var tiers = line.Tiers ?? existing?.Tiers ?? [];
        var command = new SaveVariantCommand(
            product.Id,
            plan.Command.ActorId,
            existing?.Id,
            existing?.Version,
            sku,
            line.Unit.Code(),
            line.PackWeightGrams,
            line.PriceVnd,
            line.Stock ?? existing?.Stock ?? 0,
            line.MinOrderQuantity ?? existing?.MinOrderQuantity ?? 1,
            tiers.Select(t => new VolumeTierInput(t.MinQuantity, t.PriceVnd)).ToList(),
            line.Box is { } cell ? cell.Box : existing?.Box);
        if (Report(plan, sheet, row, variantRules.Validate(command), VariantColumn))
        {
            return;
        }

        var terms = new VariantTerms(
            sku, line.Unit, command.NetWeightGrams, command.PriceVnd, command.Stock, command.MinOrderQuantity,
            tiers.OrderBy(t => t.MinQuantity).ToList(), command.Box);
        product.Variant(existing, terms, sheet.Name, row.Line);
    }

    private async Task PlanLotsAsync(Plan plan, List<(SheetTable Sheet, SheetRow Row, LotLine? Line)> lines, CancellationToken cancellationToken)
    {
        var own = await db.Lots.Where(l => l.CooperativeId == plan.Command.CooperativeId)
            .ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);
        var codes = lines.Select(l => l.Line?.Facts.Code).OfType<string>().Where(c => !own.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        var takenElsewhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(QueryChunk))
        {
            takenElsewhere.UnionWith(await db.Lots.Where(l => chunk.Contains(l.Code)).Select(l => l.Code).ToListAsync(cancellationToken));
        }

        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (sheet, row, line) in lines)
        {
            if (line is null)
            {
                continue;
            }

            var code = line.Facts.Code;
            var known = plan.LotTargets.TryGetValue(line.ProductSlug, out var product);
            var problem =
                !known ? Bilingual.Pick(
                    $"Không có sản phẩm \"{line.ProductName}\" trong gian hàng hay trong bảng sản phẩm của tệp.",
                    $"There is no product \"{line.ProductName}\" in the storefront or in the file's products sheet.")
                : inFile.TryGetValue(code, out var earlier) ? Bilingual.Pick(
                    $"Mã lô {code} đã có ở dòng {earlier}.", $"The lot code {code} is already on line {earlier}.")
                : takenElsewhere.Contains(code) ? Bilingual.Pick(
                    $"Mã lô {code} đã được dùng trên sàn; mỗi lô cần một mã riêng.", $"The lot code {code} is already used; every lot needs its own code.")
                : null;
            if (problem is not null)
            {
                plan.Reader.Problem(sheet, row, known ? C.LotCode : C.LotProduct, problem);
                continue;
            }

            inFile[code] = row.Line;
            if (own.TryGetValue(code, out var recorded))
            {
                if (recorded.ProductId != product.Id || !Same(recorded, line.Facts))
                {
                    plan.Reader.Problem(sheet, row, C.LotCode, Bilingual.Pick(
                        $"Lô {code} đã ghi nhận với thông tin khác; lô đã có không sửa được, hãy dùng mã lô mới.",
                        $"The lot {code} is recorded with other facts; a recorded lot cannot change, use a new lot code."));
                }
                else
                {
                    plan.Unchanged++;
                }

                continue;
            }

            var facts = line.Facts;
            var check = lotRules.Validate(new AddLotCommand(
                product.Id, plan.Command.ActorId, code, facts.ProducedOn, facts.ExpiresOn, facts.Commune, facts.Province, facts.Quantity,
                facts.QuantityUnit.Code(), facts.Notes));
            if (Report(plan, sheet, row, check, LotColumn))
            {
                continue;
            }

            plan.LotsAdded++;
            plan.Changes.Add(new SheetChange(sheet.Name, row.Line, product.Name, Bilingual.Pick(
                $"Lô mới {code}, thu hoạch {facts.ProducedOn:dd/MM/yyyy}", $"New lot {code}, harvested {facts.ProducedOn:dd/MM/yyyy}")));
            var productId = product.Id;
            plan.Steps.Add(() => db.Lots.Add(new Lot(Guid.NewGuid(), productId, plan.Command.CooperativeId, facts, plan.Now)));
        }
    }

    private static bool Same(Lot lot, LotFacts facts) =>
        lot.ProducedOn == facts.ProducedOn && lot.ExpiresOn == facts.ExpiresOn && lot.Commune == facts.Commune && lot.Province == facts.Province
        && lot.Quantity == facts.Quantity && lot.QuantityUnit == facts.QuantityUnit && (lot.Notes ?? string.Empty) == (facts.Notes ?? string.Empty);

    /// <summary>The value the product's lines give a column: blank on all is null; two different values are a problem of the later line.</summary>
    private static T? Agreed<T>(Plan plan, List<(SheetTable Sheet, SheetRow Row, ProductLine? Line)> lines, SheetColumn column, Func<ProductLine, T?> value)
    {
        T? agreed = default;
        int? from = null;
        foreach (var (sheet, row, line) in lines)
        {
            if (value(line!) is not { } v)
            {
                continue;
            }

            if (from is null)
            {
                (agreed, from) = (v, row.Line);
            }
            else if (!EqualityComparer<T>.Default.Equals(agreed, v))
            {
                plan.Reader.Problem(sheet, row, column, Bilingual.Pick(
                    $"Khác với dòng {from} của cùng sản phẩm; các dòng của một sản phẩm ghi cột này giống nhau (hoặc để trống).",
                    $"Differs from line {from} of the same product; a product's lines agree on this column (or leave it blank)."));
            }
        }

        return agreed;
    }

    private static bool Report(Plan plan, SheetTable sheet, SheetRow row, ValidationResult check, Func<string, SheetColumn?> column)
    {
        foreach (var failure in check.Errors)
        {
            plan.Reader.Problem(sheet, row, column(failure.PropertyName), failure.ErrorMessage);
        }

        return !check.IsValid;
    }

    private static SheetColumn? ProductColumn(string property) => property switch
    {
        nameof(CreateProductCommand.Name) => C.Name,
        nameof(CreateProductCommand.NameEnglish) => C.NameEnglish,
        nameof(CreateProductCommand.Description) => C.Description,
        nameof(CreateProductCommand.DescriptionEnglish) => C.DescriptionEnglish,
        nameof(CreateProductCommand.CategoryId) => C.Category,
        _ => null,
    };

    private static SheetColumn? VariantColumn(string property) => property switch
    {
        nameof(SaveVariantCommand.Sku) => C.Sku,
        nameof(SaveVariantCommand.Unit) => C.Unit,
        nameof(SaveVariantCommand.NetWeightGrams) => C.NetWeight,
        nameof(SaveVariantCommand.PriceVnd) => C.Price,
        nameof(SaveVariantCommand.Stock) => C.Stock,
        nameof(SaveVariantCommand.MinOrderQuantity) => C.MinOrder,
        _ when property.StartsWith(nameof(SaveVariantCommand.Tiers), StringComparison.Ordinal) => C.Tiers,
        _ => null,
    };

    private static SheetColumn? LotColumn(string property) => property switch
    {
        nameof(AddLotCommand.Code) => C.LotCode,
        nameof(AddLotCommand.ProducedOn) => C.ProducedOn,
        nameof(AddLotCommand.ExpiresOn) => C.ExpiresOn,
        nameof(AddLotCommand.Commune) => C.Commune,
        nameof(AddLotCommand.Province) => C.Province,
        nameof(AddLotCommand.Quantity) => C.LotQuantity,
        nameof(AddLotCommand.QuantityUnit) => C.LotUnit,
        nameof(AddLotCommand.Notes) => C.Notes,
        _ => null,
    };

    /// <summary>The file's effect, worked out line by line: counts, the changes to show, and the steps that make them.</summary>
    private sealed class Plan(
        CatalogDbContext db, ImportCatalogCommand command, Seller seller, CatalogSheetLines reader, List<Product> products, DateTimeOffset now)
    {
        public CatalogDbContext Db => db;

        public ImportCatalogCommand Command => command;

        public Seller Seller => seller;

        public CatalogSheetLines Reader => reader;

        public List<Product> Products => products;

        /// <summary>The storefront's products by their name's slug, unique within a cooperative (a database index).</summary>
        public Dictionary<string, Product> ProductsBySlug { get; } = products.ToDictionary(p => p.Slug, StringComparer.Ordinal);

        public DateTimeOffset Now => now;

        /// <summary>The products a lot line may name: the storefront's and the file's new ones, by their name's slug.</summary>
        public Dictionary<string, (ProductId Id, string Name)> LotTargets { get; } =
            products.ToDictionary(p => p.Slug, p => (p.Id, p.Name), StringComparer.Ordinal);

        public List<Action> Steps { get; } = [];

        public List<SheetChange> Changes { get; } = [];

        public int ProductsAdded { get; set; }

        public int ProductsChanged { get; set; }

        public int VariantsAdded { get; set; }

        public int VariantsChanged { get; set; }

        public int LotsAdded { get; set; }

        public int Unchanged { get; set; }
    }

    /// <summary>One product of the file: created, described anew, its variants added or changed, its status set, in that order.</summary>
    private sealed class ProductPlan
    {
        private readonly Plan _plan;
        private readonly ProductStatus? _status;
        private readonly string _sheet;
        private readonly int _line;
        private readonly bool _described;
        private Product? _created;

        public ProductPlan(Plan plan, Product? existing, ProductText text, ProductStatus? status, string sheet, int line)
        {
            (_plan, Existing, _status, _sheet, _line) = (plan, existing, status, sheet, line);
            Name = existing?.Name ?? text.Name;
            Slug = existing?.Slug ?? VietnameseText.Slugify(text.Name);
            Id = existing?.Id ?? ProductId.New();
            if (existing is null)
            {
                var id = Id;
                plan.LotTargets[Slug] = (id, Name);
                plan.ProductsAdded++;
                Change(Bilingual.Pick("Sản phẩm mới", "New product"));
                plan.Steps.Add(() =>
                {
                    _created = Product.Create(id, plan.Seller, text, plan.Now);
                    plan.Db.Products.Add(_created);
                });
            }
            else if (existing.CategoryId != text.CategoryId || existing.Description != text.Description
                     || existing.NameEnglish != text.NameEnglish || existing.DescriptionEnglish != text.DescriptionEnglish)
            {
                _described = true;
                Change(Bilingual.Pick("Sửa danh mục hoặc mô tả", "Category or description changed"));
                plan.Steps.Add(() => existing.Describe(text));
            }
        }

        public Product? Existing { get; }

        /// <summary>The product's id, chosen now for a new one, so its lots can name it.</summary>
        public ProductId Id { get; }

        public string Name { get; }

        public string Slug { get; }

        private Product Target => Existing ?? _created!;

        public void Variant(Variant? existing, VariantTerms terms, string sheet, int line)
        {
            if (existing is null)
            {
                _plan.VariantsAdded++;
                _plan.Changes.Add(new SheetChange(sheet, line, Name, Bilingual.Pick(
                    $"Quy cách mới {terms.Sku}: {Describe(terms)}", $"New variant {terms.Sku}: {Describe(terms)}")));
                _plan.Steps.Add(() => _plan.Db.Variants.Add(Target.AddVariant(VariantId.New(), terms)));
                return;
            }

            var differences = Differences(existing, terms).ToList();
            if (differences.Count == 0)
            {
                _plan.Unchanged++;
                return;
            }

            _plan.VariantsChanged++;
            _plan.Changes.Add(new SheetChange(sheet, line, Name, $"{existing.Sku}: {string.Join("; ", differences)}"));
            _plan.Steps.Add(() =>
            {
                existing.Apply(terms);
                Target.RecomputeFromPrice();
            });
        }

        public void PlanStatus()
        {
            var from = Existing?.Status ?? ProductStatus.Draft;
            var target = _status ?? from;
            if (target != from)
            {
                Change($"{CatalogSheetLines.StatusWord(from)} → {CatalogSheetLines.StatusWord(target)}");
                _plan.Steps.Add(() =>
                {
                    if (Target.ChangeStatus(target, _plan.Now) is { IsSuccess: true, Value: true })
                    {
                        _plan.Db.AddIntegrationEvent(new ProductPublishedIntegrationEvent(
                            Guid.NewGuid(), _plan.Now, Target.Id, Target.CooperativeId, Target.Name));
                    }
                });
            }

            if (Existing is not null && (_described || target != from))
            {
                _plan.ProductsChanged++;
            }
        }

        private static string Describe(VariantTerms terms) =>
            $"{CatalogSheetLines.UnitWord(terms.Unit)}{(terms.NetWeightGrams is { } g ? $" {(g % 1000 == 0 ? $"{g / 1000} kg" : $"{g} g")}" : string.Empty)}, "
            + $"{Money.Dong(terms.PriceVnd).Format(System.Globalization.CultureInfo.CurrentCulture)}, "
            + Bilingual.Pick($"tồn {terms.Stock}", $"stock {terms.Stock}");

        private static IEnumerable<string> Differences(Variant v, VariantTerms t)
        {
            if (v.Unit != t.Unit || v.NetWeightGrams != t.NetWeightGrams)
            {
                yield return Bilingual.Pick("đơn vị ", "unit ") + Describe(t).Split(',')[0];
            }

            if (v.PriceVnd != t.PriceVnd)
            {
                yield return Bilingual.Pick($"giá {v.PriceVnd:N0} → {t.PriceVnd:N0}", $"price {v.PriceVnd:N0} → {t.PriceVnd:N0}");
            }

            if (v.Stock != t.Stock)
            {
                yield return Bilingual.Pick($"tồn kho {v.Stock} → {t.Stock}", $"stock {v.Stock} → {t.Stock}");
            }

            if (v.MinOrderQuantity != t.MinOrderQuantity)
            {
                yield return Bilingual.Pick(
                    $"mua tối thiểu {v.MinOrderQuantity} → {t.MinOrderQuantity}", $"minimum order {v.MinOrderQuantity} → {t.MinOrderQuantity}");
            }

            if (!v.Tiers.SequenceEqual(t.Tiers))
            {
                yield return Bilingual.Pick("giá sỉ ", "volume prices ") + (t.Tiers.Count == 0 ? "—" : CatalogSheetLines.TiersText(t.Tiers));
            }

            if (v.Box != t.Box)
            {
                yield return Bilingual.Pick("hộp ", "box ") + (t.Box is { } box ? $"{box} cm" : "—");
            }
        }

        private void Change(string what) => _plan.Changes.Add(new SheetChange(_sheet, _line, Name, what));
    }
}
