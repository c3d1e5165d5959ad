using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.Campaigns;
using Marketplace.Catalog.Features.CatalogSheets;
using Marketplace.Catalog.Features.Categories;
using Marketplace.Catalog.Features.Feeds;
using Marketplace.Catalog.Features.GetProduct;
using Marketplace.Catalog.Features.ListVendorProducts;
using Marketplace.Catalog.Features.Lots;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.Catalog.Features.ModerateProduct;
using Marketplace.Catalog.Features.Reviews;
using Marketplace.Catalog.Features.Sales;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.Catalog.Features.SearchSynonyms;
using Marketplace.Catalog.Features.Sitemap;
using Marketplace.Catalog.Features.Wishlist;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Catalog;

/// <summary>Categories, products and their variants, prices and stock, lots and traceability, search.</summary>
public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<CatalogDbContext, CatalogTransaction>(CatalogDbContext.SchemaName);
        services.AddValidatorsFromAssembly(typeof(CatalogModule).Assembly, includeInternalTypes: true);
        services.AddModuleText<CatalogText>();
        PdfFonts.AddPdfFonts(services);
        services.AddScoped<IDemoDataSeeder, CatalogDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, ReviewsDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, CampaignDemoSeeder>();
        services.AddScoped<ProductFeedWriter>();
        services.AddScoped<IDataUpgrade, SearchNamesUpgrade>();
        services.AddScoped<IDataUpgrade, BlankEnglishUpgrade>();
        services.AddSingleton<SearchLexicon.Held>();
        services.AddOptions<WishlistOptions>().BindConfiguration(WishlistOptions.Section);
        services.AddHostedService<WishlistWatcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogModule(this IEndpointRouteBuilder api)
    {
        api.MapListVendorProducts();
        api.MapSearchProducts();
        api.MapSuggestSearches();
        api.MapGetProduct();
        api.MapCategories();
        api.MapSearchSynonyms();
        api.MapManageProducts();
        api.MapVariantSales();
        api.MapCampaigns();
        api.MapCatalogSheets();
        api.MapLots();
        api.MapModerateProduct();
        api.MapReviews();
        api.MapWishlist();
        return api;
    }

    /// <summary>What lives at the site's root rather than under /api/v1: robots.txt, the sitemap and the product feeds.</summary>
    public static IEndpointRouteBuilder MapCatalogSite(this IEndpointRouteBuilder site)
    {
        site.MapSitemap();
        site.MapProductFeeds();
        site.MapProductAddresses();
        return site;
    }
}
