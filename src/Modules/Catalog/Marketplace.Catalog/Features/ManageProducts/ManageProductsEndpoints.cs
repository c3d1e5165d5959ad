using System.Security.Claims;
using System.Text.Json.Serialization;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>A cooperative's people manage its products (bearer token); anyone else gets 404.</summary>
internal static class ManageProductsEndpoints
{
    public static void MapManageProducts(this IEndpointRouteBuilder api)
    {
        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}/products")
            .WithTags("Product management")
            .RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListMyProductsQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListMyProducts")
            .WithSummary("The cooperative's products in every state.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPost("/", async (
                CooperativeId cooperativeId, ProductRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new CreateProductCommand(
                        cooperativeId,
                        user.UserId(),
                        request.CategoryId,
                        request.Name ?? string.Empty,
                        request.NameEnglish,
                        request.Description ?? string.Empty,
                        request.DescriptionEnglish),
                    cancellationToken))
                    .ToHttpResult(product => TypedResults.Created($"/api/v1/cooperatives/products/{product.ProductId}", product)))
            .WithName("CreateProduct")
            .WithSummary("Adds a product as a draft; add variants, then publish it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var product = api.MapGroup("/cooperatives/products/{productId:guid}").WithTags("Product management").RequireAuthorization(AuthorizationPolicies.Api);
        product.MapGet("/", async (ProductId productId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetProductForEditingQuery(productId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetProductForEditing")
            .ProducesProblem(StatusCodes.Status404NotFound);
        product.MapPut("/", (ProductId productId, ProductRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                SendAsync(
                    sender,
                    new EditProductCommand(
                        productId,
                        user.UserId(),
                        request.CategoryId,
                        request.Name ?? string.Empty,
                        request.NameEnglish,
                        request.Description ?? string.Empty,
                        request.DescriptionEnglish),
                    cancellationToken))
            .WithName("EditProduct")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        product.MapPost("/duplicate", async (ProductId productId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new NewProduct.DuplicateProductCommand(productId, user.UserId()), cancellationToken))
                    .ToHttpResult(copy => TypedResults.Created($"/api/v1/cooperatives/products/{copy.ProductId}", copy)))
            .WithName("DuplicateProduct")
            .WithSummary("A new draft copied from the product: texts, category and packs with their prices, new SKUs, no stock, pictures or lots.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        product.MapPost("/variants", (ProductId productId, VariantRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                SendAsync(sender, request.ToCommand(productId, null, user.UserId()), cancellationToken))
            .WithName("AddVariant")
            .WithSummary("Adds a variant: SKU (left out, one is made from the cooperative, product and pack), unit (g, kg, yen, ta, tan, bag, box), "
                + "net weight for bags and boxes, price in đồng, stock, minimum order quantity, volume tiers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        product.MapPut("/variants/{variantId:guid}", (
                ProductId productId, VariantId variantId, VariantRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                SendAsync(sender, request.ToCommand(productId, variantId, user.UserId()), cancellationToken))
            .WithName("ChangeVariant")
            .WithSummary("Changes a variant; send the version you read: if stock was sold since, the answer is 409 and nothing changes. "
                + "box (lengthCm, widthCm, heightCm: the box one unit ships in) left out keeps the box; null takes it off.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        product.MapPut("/status", (ProductId productId, StatusRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                SendAsync(sender, new ChangeProductStatusCommand(productId, user.UserId(), request.Status), cancellationToken))
            .WithName("ChangeProductStatus")
            .WithSummary("Draft, Published or Hidden; publishing needs a variant.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        product.MapPost("/images", async (
                ProductId productId, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                if (form?.Files.Count != 1)
                {
                    return UploadProblems.OneFileExpected();
                }

                var image = (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0];
                return await SendAsync(sender, new AddProductImageCommand(productId, user.UserId(), image), cancellationToken);
            })
            .DisableAntiforgery() // bearer tokens only: no cookie, so no cross-site forgery to guard against
            .WithName("AddProductImage")
            .WithSummary("Adds a picture (multipart, one JPEG or PNG of at most 5 MB), resized with a thumbnail.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();
        product.MapDelete("/images/{imageId:guid}", (
                ProductId productId, Guid imageId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                SendAsync(sender, new RemoveProductImageCommand(productId, user.UserId(), imageId), cancellationToken))
            .WithName("RemoveProductImage")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ProductForEditing>, ValidationProblem, ProblemHttpResult>> SendAsync(
        ISender sender, ICommand<Result<ProductForEditing>> command, CancellationToken cancellationToken) =>
        (await sender.Send(command, cancellationToken)).ToHttpResult(TypedResults.Ok);

    internal sealed record ProductRequest(
        Guid CategoryId, string? Name = null, string? NameEnglish = null, string? Description = null, string? DescriptionEnglish = null);

    internal sealed record StatusRequest(ProductState Status);

    internal sealed record VariantRequest(
        long PriceVnd,
        int Stock,
        Guid? Version = null,
        string? Sku = null,
        string? Unit = null,
        int? NetWeightGrams = null,
        int? MinOrderQuantity = null,
        IReadOnlyList<VolumeTierInput>? Tiers = null)
    {
        private readonly BoxSize? _box;

        /// <summary>The box one unit ships in. Set only when the body names it (JSON sets what it reads).</summary>
        public BoxSize? Box
        {
            get => _box;
            init
            {
                _box = value;
                BoxGiven = true;
            }
        }

        /// <summary>
        /// Whether the body named "box" at all: a client written before boxes existed leaves it out,
        /// and its PUT keeps the box set on the product's page; <c>"box": null</c> takes it off.
        /// </summary>
        [JsonIgnore]
        public bool BoxGiven { get; private init; }

        public SaveVariantCommand ToCommand(ProductId productId, VariantId? variantId, UserId actor) =>
            new(
                productId, actor, variantId, Version, Sku ?? string.Empty, Unit ?? string.Empty, NetWeightGrams, PriceVnd, Stock, MinOrderQuantity ?? 1,
                Tiers ?? [], Box)
            { KeepBox = !BoxGiven };
    }
}
