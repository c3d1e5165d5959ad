using System.Globalization;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.Lots;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>One product as its cooperative's people edit it: status, variants, texts, pictures and lots, each the same command as the API's.</summary>
[Authorize]
internal sealed class EditProductModel(ISender sender, IStringLocalizer<CatalogText> text, TimeProvider clock) : PageModel
{
    public ProductForEditing? Product { get; private set; }

    [BindProperty]
    public ProductTextInput Input { get; set; } = new();

    [BindProperty]
    public LotInput Lot { get; set; } = new();

    /// <summary>Only a place for the upload's error messages.</summary>
    public string? Image { get; set; }

    /// <summary>A variant's sale as typed: kept, with why, when it is refused.</summary>
    [BindProperty]
    public SaleInput Sale { get; set; } = new();

    /// <summary>The day in Vietnam: which sale runs, and the first day a new one may start.</summary>
    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(ProductId productId, CancellationToken cancellationToken) =>
        await LoadAsync(productId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(ProductId productId, ProductState status, CancellationToken cancellationToken) =>
        SendAsync(productId, new ChangeProductStatusCommand(productId, User.UserId(), status), "myproducts.saved", string.Empty, cancellationToken);

    /// <summary>A new draft from this product, opened at once so the person changes what differs.</summary>
    public async Task<IActionResult> OnPostDuplicateAsync(ProductId productId, CancellationToken cancellationToken)
    {
        var copy = await sender.Send(new NewProduct.DuplicateProductCommand(productId, User.UserId()), cancellationToken);
        if (copy.IsSuccess)
        {
            TempData["Flash"] = text["myproducts.duplicated"].Value;
            return RedirectToPage(new { productId = copy.Value.ProductId });
        }

        if (copy.Error!.Code == "product.not_found")
        {
            return NotFound();
        }

        // The copy's name (too long with "(bản sao)", say) is said above the page, nothing was saved.
        ModelState.AddErrors(copy.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostTextsAsync(ProductId productId, CancellationToken cancellationToken) =>
        SendAsync(
            productId,
            new EditProductCommand(
                productId,
                User.UserId(),
                Input.CategoryId,
                Input.Name ?? string.Empty,
                Input.NameEnglish,
                Input.Description ?? string.Empty,
                Input.DescriptionEnglish),
            "myproducts.saved",
            nameof(Input),
            cancellationToken);

    public async Task<IActionResult> OnPostVariantAsync(
        ProductId productId, VariantId? variantId, Guid? version, string? sku, string? unit, int? netWeightGrams, [VndAmount] long priceVnd, int stock,
        int? minOrderQuantity, string? tiers, int?[]? tierFrom, string?[]? tierPrice, string? box,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
        }

        var rows = TierRows.Read(tierFrom, tierPrice);
        if (!TryParseTiers(tiers, out var parsed) || rows.Unfinished.Count > 0)
        {
            ModelState.AddModelError(string.Empty, text["myproducts.tiers.invalid"]);
            return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
        }

        if (!BoxSize.TryParse(box, out var boxSize))
        {
            ModelState.AddModelError(string.Empty, text["myproducts.box.invalid", BoxSize.MaxSideCm]);
            return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
        }

        var command = new SaveVariantCommand(
            productId, User.UserId(), variantId, version, sku ?? string.Empty, unit ?? string.Empty, netWeightGrams, priceVnd, stock, minOrderQuantity ?? 1,
            [.. parsed, .. rows.Tiers], boxSize);
        return await SendAsync(productId, command, "myproducts.saved", string.Empty, cancellationToken);
    }

    /// <summary>A variant sells for less on the days given ("199k", "199.000" as the person writes a price).</summary>
    public async Task<IActionResult> OnPostSaleAsync(ProductId productId, VariantId variantId, CancellationToken cancellationToken)
    {
        Sale.VariantId = variantId;
        if (!VndAmount.TryParse(Sale.Price, out var price))
        {
            ModelState.AddModelError($"{nameof(Sale)}.{nameof(SaleInput.Price)}", text["sale.price.invalid"]);
            return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
        }

        var result = await sender.Send(new Sales.PutVariantOnSaleCommand(productId, User.UserId(), variantId, price, Sale.From, Sale.Until), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["sale.saved"].Value;
            return RedirectToPage(null, null, new { productId }, "sales");
        }

        if (result.Error!.Code == "product.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, nameof(Sale), f => f == nameof(Sales.PutVariantOnSaleCommand.PriceVnd) ? nameof(SaleInput.Price) : f);
        return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostEndSaleAsync(ProductId productId, VariantId variantId, CancellationToken cancellationToken) =>
        SendAsync(productId, new Sales.EndVariantSaleCommand(productId, User.UserId(), variantId), "sale.ended.flash", string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostImageAsync(ProductId productId, IFormFile? file, CancellationToken cancellationToken)
    {
        var image = file is null ? new UploadedFile(string.Empty, ReadOnlyMemory<byte>.Empty) : (await UploadedFiles.ReadAsync([file], cancellationToken))[0];
        return await SendAsync(
            productId, new AddProductImageCommand(productId, User.UserId(), image), "storefront.image.saved", nameof(Image), cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveImageAsync(ProductId productId, Guid imageId, CancellationToken cancellationToken) =>
        SendAsync(productId, new RemoveProductImageCommand(productId, User.UserId(), imageId), "myproducts.saved", string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostLotAsync(ProductId productId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new AddLotCommand(
                productId,
                User.UserId(),
                Lot.Code ?? string.Empty,
                Lot.ProducedOn ?? default,
                Lot.ExpiresOn,
                Lot.Commune ?? string.Empty,
                Lot.Province ?? string.Empty,
                Lot.Quantity,
                "kg",
                Lot.Notes),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["myproducts.lotadded", result.Value.Code].Value;
            return RedirectToPage(new { productId });
        }

        ModelState.AddErrors(result.Error!, nameof(Lot));
        return await LoadAsync(productId, cancellationToken, keepInput: true) ? Page() : NotFound();
    }

    /// <summary>A lot's labels as a PDF to print, draft or published; a bad size or count comes back to the page, said why.</summary>
    public async Task<IActionResult> OnGetLabelsAsync(
        ProductId productId, string? code, string? size, int? copies, VariantId? variantId, CancellationToken cancellationToken)
    {
        var labels = await sender.Send(new GetLotLabelsQuery(productId, User.UserId(), code ?? string.Empty, size, copies, variantId), cancellationToken);
        if (labels.IsSuccess)
        {
            return File(labels.Value.Pdf, "application/pdf", labels.Value.FileName);
        }

        if (labels.Error!.Type == ErrorType.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(labels.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(productId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>"10:330000; 50:300000" (quantity:price in đồng), the way a price list is written.</summary>
    private static bool TryParseTiers(string? tiers, out IReadOnlyList<VolumeTierInput> parsed)
    {
        var result = new List<VolumeTierInput>();
        parsed = result;
        foreach (var part in (tiers ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2
                || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity)
                || !VndAmount.TryParse(pieces[1], out var price))
            {
                return false;
            }

            result.Add(new VolumeTierInput(quantity, price));
        }

        return true;
    }

    private async Task<IActionResult> SendAsync(
        ProductId productId, ICommand<Result<ProductForEditing>> command, string done, string field, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done].Value;
            return RedirectToPage(new { productId });
        }

        if (result.Error!.Code == "product.not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, field, f => field.Length == 0 ? string.Empty : f);
        return await LoadAsync(productId, cancellationToken, keepInput: field == nameof(Input)) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(ProductId productId, CancellationToken cancellationToken, bool keepInput = false)
    {
        var result = await sender.Send(new GetProductForEditingQuery(productId, User.UserId()), cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Product = result.Value;
        if (!keepInput)
        {
            await SuggestLotAsync(cancellationToken);
            Input = new ProductTextInput
            {
                CategoryId = Product.CategoryId,
                Name = Product.Name,
                NameEnglish = Product.NameEnglish,
                Description = Product.Description,
                DescriptionEnglish = Product.DescriptionEnglish,
            };
        }

        return true;
    }

    /// <summary>
    /// A new lot starts as most are: harvested today, where the cooperative is, coded by the product's
    /// initials and the day ("MCDN-261204"); the person changes what differs.
    /// </summary>
    private async Task SuggestLotAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var taken = Product!.Lots.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var code = Skus.FirstFree(LotCodes.Base(Product.Name, today), taken.Contains, []);
        var seller = await sender.Send(new GetSellerDetailsQuery(Product.CooperativeId), cancellationToken);
        Lot = new LotInput
        {
            Code = code,
            ProducedOn = today,
            Commune = seller?.Commune,
            Province = seller?.Province,
        };
    }

    internal sealed class SaleInput
    {
        /// <summary>The variant the form was for; set by the handler, so only its form shows what was typed.</summary>
        public VariantId? VariantId { get; set; }

        public string? Price { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? Until { get; set; }
    }

    internal sealed class LotInput
    {
        public string? Code { get; set; }

        public DateOnly? ProducedOn { get; set; }

        public DateOnly? ExpiresOn { get; set; }

        public string? Commune { get; set; }

        public string? Province { get; set; }

        public int Quantity { get; set; }

        public string? Notes { get; set; }
    }
}
